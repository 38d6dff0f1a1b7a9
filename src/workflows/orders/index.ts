// How an order reaches the kitchen: queued on placement, pushed by the drain, reconciled when the
// outcome is unknown, followed until the kitchen is done.
export * from "./enqueue-order-syncs"
export * from "./follow-order-statuses"
export * from "./push-order"
export * from "./reconcile-order"
export * from "./record-order-outcome"
export * from "./record-order-queue-ping"
export * from "./resolve-order-sync"
export * from "./retry-order-sync"
