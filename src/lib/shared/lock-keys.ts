// Every lock the plugin takes in Medusa's Locking module, so no two flows share a key by accident.

/** One order drain at a time per lock provider; claims keep drains safe without it too. */
export const ORDER_DRAIN_LOCK_KEY = "archidelivery:order-drain"
/** One status poll a minute across instances. */
export const ORDER_STATUS_LOCK_KEY = "archidelivery:order-status"
/** One pass over pending customer links at a time. */
export const CLIENT_LINKS_LOCK_KEY = "archidelivery:client-links"
/** One menu import at a time, across every server instance. */
export const PRODUCT_IMPORT_LOCK_KEY = "archidelivery:product-import"
/** Seconds the import lock lives unless renewed; each chunk renews it. */
export const PRODUCT_IMPORT_LOCK_TTL = 120

/**
 * One fulfillment change per order at a time. The key keeps its first
 * spelling so that two versions running side by side share it.
 */
export const orderFulfillmentLockKey = (orderId: string) =>
  `archidelivery-fulfil:${orderId}`

/**
 * The availability sync takes the import's own lock: one reader of the menu
 * at a time, so a sync never runs twice at once nor during an import.
 */
export const MENU_AVAILABILITY_SYNC_LOCK_KEY = PRODUCT_IMPORT_LOCK_KEY
