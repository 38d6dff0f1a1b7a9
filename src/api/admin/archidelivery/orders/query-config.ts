/** The queue row fields the admin list shows (see serializeOrderSync). */
export const ORDER_SYNC_FIELDS = [
  "id",
  "order_id",
  "display_id",
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

export const listOrderSyncsQueryConfig = {
  defaults: ORDER_SYNC_FIELDS,
  isList: true,
}
