import {
  syncOrderFulfillmentWorkflow,
  syncOrderFulfillmentWorkflowId,
  type SyncOrderFulfillmentInput,
  type SyncOrderFulfillmentResult,
} from "./sync-order-fulfillment"

// The Medusa fulfillment follows the kitchen's status codes.
export * from "./sync-order-fulfillment"

/** @deprecated Use `syncOrderFulfillmentWorkflow`. */
export const syncOrderFulfilmentWorkflow = syncOrderFulfillmentWorkflow
/** @deprecated Use `syncOrderFulfillmentWorkflowId`. */
export const syncOrderFulfilmentWorkflowId = syncOrderFulfillmentWorkflowId
/** @deprecated Use `SyncOrderFulfillmentInput`. */
export type SyncOrderFulfilmentInput = SyncOrderFulfillmentInput
/** @deprecated Use `SyncOrderFulfillmentResult`. */
export type SyncOrderFulfilmentResult = SyncOrderFulfillmentResult
