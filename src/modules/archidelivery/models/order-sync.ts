import { model } from "@medusajs/framework/utils"
import { OrderAttempt } from "./order-attempt"

export const ORDER_SYNC_STATUSES = [
  "queued",
  "sending",
  "sent",
  "failed",
  "needs_review",
  // Cancelled in the shop before it was sent: never sent.
  "cancelled",
] as const

/** The outbox row of one Medusa order on its way to ArchiDelivery. */
export const OrderSync = model
  .define("archidelivery_order_sync", {
    id: model.id({ prefix: "adsync" }).primaryKey(),
    order_id: model.text().unique(),
    display_id: model.number().nullable(),
    // The ArchiDelivery point (kitchen) the order goes to: its zone's, or
    // the pickup point; null = the shop's own point.
    point_id: model.text().nullable(),
    status: model.enum([...ORDER_SYNC_STATUSES]).default("queued"),
    attempts: model.number().default(0),
    next_attempt_at: model.dateTime().nullable(),
    lease_until: model.dateTime().nullable(),
    lease_owner: model.text().nullable(),
    // A fencing token, new on every claim: only the holder of the current
    // claim may complete it, so a worker that lost its lease cannot
    // overwrite what the next one did.
    claim_token: model.text().nullable(),
    // The last attempt's outcome is unknown: look the order up before sending.
    reconcile: model.boolean().default(false),
    archidelivery_order_id: model.text().nullable(),
    // Another row holds the same ArchiDelivery id: the back office handed it
    // out again (its database restored or switched). Shown to the admin;
    // never a reason to send again.
    archidelivery_id_reused: model.boolean().default(false),
    archidelivery_status: model.number().nullable(),
    archidelivery_status_label: model.text().nullable(),
    archidelivery_status_at: model.dateTime().nullable(),
    status_final: model.boolean().default(false),
    // The kitchen code the Medusa fulfillment last caught up with.
    fulfilment_status: model.number().nullable(),
    sent_at: model.dateTime().nullable(),
    last_error: model.text().nullable(),
    last_error_kind: model.text().nullable(),
    // When the shop cancelled the order; on a row that reached the kitchen it
    // flags the order for the admin (ArchiDelivery has no cancel method).
    cancelled_at: model.dateTime().nullable(),
    attempts_log: model.hasMany(() => OrderAttempt, {
      mappedBy: "order_sync",
    }),
  })
  .indexes([
    // Not unique: ArchiDelivery may hand out an id again over the years.
    {
      on: ["archidelivery_order_id"],
      where: "archidelivery_order_id IS NOT NULL AND deleted_at IS NULL",
    },
    // The queue sweep: due queued rows, and sending rows whose lease expired.
    { on: ["status", "next_attempt_at"] },
    { on: ["status", "lease_until"] },
  ])
  .cascades({ delete: ["attempts_log"] })
