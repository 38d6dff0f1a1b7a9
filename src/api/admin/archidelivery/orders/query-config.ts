/** The queue row fields the admin list shows (see serializeOrderSync). */
export const ORDER_SYNC_FIELDS = [
  "id",
  "order_id",
  "display_id",
  "point_id",
  "status",
  "attempts",
  "next_attempt_at",
  "archidelivery_order_id",
  "archidelivery_status",
  "archidelivery_status_label",
  "archidelivery_status_at",
  "archidelivery_id_reused",
  "status_final",
  "reconcile",
  "last_error",
  "last_error_kind",
  "sent_at",
  "cancelled_at",
  "created_at",
  "updated_at",
]

// A request may ask for fewer fields or sort by one of them; the list never
// shows more than it does by default (no claim tokens or leases).
export const listOrderSyncsQueryConfig = {
  defaults: ORDER_SYNC_FIELDS,
  allowed: ORDER_SYNC_FIELDS,
  isList: true,
}
