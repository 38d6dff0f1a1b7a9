import { model } from "@medusajs/framework/utils"
import { OrderSync } from "./order-sync"

/** One try at pushing an order, kept for the admin's attempt log. */
export const OrderAttempt = model.define("archidelivery_order_attempt", {
  id: model.id({ prefix: "adatt" }).primaryKey(),
  order_sync: model.belongsTo(() => OrderSync, { mappedBy: "attempts_log" }),
  // sent, unreachable, rejected, unknown_outcome, invalid_reply,
  // reconciled_found, reconciled_absent, needs_review, manual_retry, manual_resolve
  outcome: model.text(),
  message: model.text().nullable(),
  // Method, decoded params and query; never headers or the host.
  request: model.json().nullable(),
  reply: model.text().nullable(),
  http_status: model.number().nullable(),
  duration_ms: model.number().nullable(),
  // What was sent but needs a person's eye, e.g. [{ code: "phone_unusable", value: "12-34" }].
  warnings: model.json().nullable(),
})
