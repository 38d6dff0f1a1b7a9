import { model } from "@medusajs/framework/utils"

/**
 * Whether reconciliation's lookup (`getorderbypoint` at a point, then
 * `getorderdata` with COMMENT and PHONE) has been seen to find an order the
 * plugin sent itself. Reconciliation trusts an "absent" verdict only while
 * the proof for its point holds. One row per point.
 */
export const LookupProof = model.define("archidelivery_lookup_proof", {
  id: model.id({ prefix: "adlkp" }).primaryKey(),
  point_id: model.text().unique(),
  proven: model.boolean().default(false),
  /** When the lookup last found one of our orders. */
  proven_at: model.dateTime().nullable(),
  /** When it was last checked, found or not. */
  checked_at: model.dateTime().nullable(),
  /** What the last check saw: the order found, or what failed. */
  reason: model.text().nullable(),
  /** The ArchiDelivery order the last check looked for. */
  archidelivery_order_id: model.text().nullable(),
})
