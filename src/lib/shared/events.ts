// Every event the plugin emits or starts work from, with its payload. Hosts may
// subscribe to the first two; their names and payloads are part of the public API.
// The others hand long work from an admin route to a subscriber, so a worker
// instance does it when the server and the worker run apart.

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

/** A menu import was opened under its lock; a subscriber runs it to its end. */
export const PRODUCT_IMPORT_STARTED_EVENT =
  "archidelivery.product_import.started"
export type ProductImportStartedEvent = {
  import_id: string
  /** Owner of the import lock; the run releases the lock with it once closed. */
  lock_owner: string
  /** Rows per chunk; the default suits most menus. */
  chunk_size?: number
}

/** Customers were queued for linking in bulk; a subscriber links them. */
export const CLIENT_LINKS_REQUESTED_EVENT =
  "archidelivery.client_links.requested"
export type ClientLinksRequestedEvent = {
  /** How many links were queued: the run takes enough batches for them all. */
  pending: number
}

/** ArchiDelivery has not answered for `kitchen.offlineAfterMinutes`; staff are told. */
export const KITCHEN_OFFLINE_EVENT = "archidelivery.kitchen.offline"
export type KitchenOfflineEvent = {
  outage_id: string
  started_at: string
  last_error: string | null
}

/** ArchiDelivery answers again after an announced outage. */
export const KITCHEN_ONLINE_EVENT = "archidelivery.kitchen.online"
export type KitchenOnlineEvent = {
  outage_id: string
  started_at: string
  ended_at: string
}

/** An order's push ended `failed` or `needs_review`: a person must act. */
export const ORDER_SYNC_PROBLEM_EVENT = "archidelivery.order_sync.problem"
export type OrderSyncProblemEvent = {
  order_id: string
  status: "failed" | "needs_review"
  error: string | null
}
