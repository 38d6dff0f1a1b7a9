import { model } from "@medusajs/framework/utils"

/**
 * What the admin set for a point's kitchen: online, busy (a delay on every
 * estimate) or paused (no ASAP orders), optionally until a time. One row per
 * point; no row = online.
 */
export const PointState = model.define("archidelivery_point_state", {
  id: model.id({ prefix: "adpst" }).primaryKey(),
  point_id: model.text().unique(),
  state: model.enum(["online", "busy", "paused"]).default("online"),
  delay_minutes: model.number().default(0),
  /** When the state ends by itself (back to online); null = until changed. */
  until: model.dateTime().nullable(),
  /** Opening hours set in the admin; null = the options' hours. */
  hours: model.json().nullable(),
  /** The admin user who set it. */
  updated_by: model.text().nullable(),
})
