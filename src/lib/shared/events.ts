// Every event the plugin emits or starts work from, with its payload. Hosts may
// subscribe to the first two; their names and payloads are part of the public API.

/** Orders were queued (placed, swept in or retried); the drain starts on it. */
export const ORDER_SYNC_QUEUED_EVENT = "archidelivery.order_sync.queued"
export type OrderSyncQueuedEvent = { order_ids: string[] }

/** A sent order's kitchen code changed; the fulfillment follows it. */
export const ORDER_STATUS_CHANGED_EVENT = "archidelivery.order.status_changed"
export type OrderStatusChangedEvent = {
  order_id: string
  archidelivery_order_id: string
  status: number
  previous_status: number | null
  label: string | null
}
