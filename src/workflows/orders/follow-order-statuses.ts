import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { findFulfillmentLagStep } from "../fulfillment/steps/find-fulfillment-lag"
import { ORDER_STATUS_CHANGED_EVENT } from "../../lib/shared/events"
import { pollOrderStatusesStep } from "./steps/poll-order-statuses"
import { checkOrderLookupStep } from "./steps/check-order-lookup"
import { recordOrderStatusesStep } from "./steps/record-order-statuses"
import { storeLookupProofStep } from "./steps/store-lookup-proof"

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
 * for each change (the fulfillment code ships / delivers on it). It also
 * checks, on an order just read, that reconciliation's lookup finds the
 * orders we send (the lookup proof), and announces again the codes Medusa's
 * fulfillment has not caught up with, until it agrees with the kitchen.
 */
export const followOrderStatusesWorkflow = createWorkflow(
  followOrderStatusesWorkflowId,
  (input: FollowOrderStatusesWorkflowInput) => {
    const polled = pollOrderStatusesStep({ limit: input.limit })
    const events = recordOrderStatusesStep({ polled })
    const check = checkOrderLookupStep({ polled })
    storeLookupProofStep({ check })
    const lagging = findFulfillmentLagStep({
      limit: input.limit,
      announced: events,
    })
    const announce = transform({ events, lagging }, ({ events, lagging }) => [
      ...events,
      ...lagging,
    ])
    emitEventStep({ eventName: ORDER_STATUS_CHANGED_EVENT, data: announce })
    return new WorkflowResponse(events)
  }
)
