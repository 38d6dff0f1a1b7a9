import { model } from "@medusajs/framework/utils"

/**
 * A spell of ArchiDelivery not answering the drain's ping: opened by the
 * first failed ping, closed by the first answer. Open = `ended_at` null.
 */
export const KitchenOutage = model.define("archidelivery_kitchen_outage", {
  id: model.id({ prefix: "adout" }).primaryKey(),
  started_at: model.dateTime(),
  ended_at: model.dateTime().nullable(),
  /** Why the last ping failed (no host, no headers). */
  last_error: model.text().nullable(),
  /** When staff were told the kitchen is offline; null = not (yet). */
  announced_at: model.dateTime().nullable(),
})
