import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ORDER_STATUS_CHANGED_EVENT } from "./steps/order-sync-types"
import { pollOrderStatusesStep } from "./steps/poll-order-statuses"
import { recordOrderStatusesStep } from "./steps/record-order-statuses"

export type FollowOrderStatusesWorkflowInput = {
  /** Orders read in one run (`queue.statusBatchSize`). */
  limit: number
}

export const followOrderStatusesWorkflowId =
  "archidelivery-follow-order-statuses"

/**
 * One round of the kitchen-status follow-up: reads the status of sent
 * orders that are not final, stores it and emits
 * `archidelivery.order.status_changed`
 * `{ order_id, archidelivery_order_id, status, previous_status, label }`
 * for each change (the fulfilment code ships / delivers on it).
 */
export const followOrderStatusesWorkflow = createWorkflow(
  followOrderStatusesWorkflowId,
  (input: FollowOrderStatusesWorkflowInput) => {
    const polled = pollOrderStatusesStep({ limit: input.limit })
    const events = recordOrderStatusesStep({ polled })
    emitEventStep({ eventName: ORDER_STATUS_CHANGED_EVENT, data: events })
    return new WorkflowResponse(events)
  }
)
