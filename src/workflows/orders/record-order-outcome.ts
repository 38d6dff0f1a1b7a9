import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { completeOrderClaimStep } from "./steps/complete-order-claim"
import { emitKitchenEventsStep } from "../kitchen/steps/emit-kitchen-events"
import type { ClaimedOrderSync } from "../../lib/orders/claim"
import type { ClaimOutcome } from "../../lib/orders/outcomes"

export type RecordOrderOutcomeWorkflowInput = {
  order_sync: ClaimedOrderSync
  outcome: ClaimOutcome
}

export const recordOrderOutcomeWorkflowId = "archidelivery-record-order-outcome"

/**
 * Records an outcome decided outside a push (the push itself broke): the
 * drain uses it to park the row for reconciliation with the error shown.
 */
export const recordOrderOutcomeWorkflow = createWorkflow(
  recordOrderOutcomeWorkflowId,
  (input: RecordOrderOutcomeWorkflowInput) => {
    const result = completeOrderClaimStep({
      order_sync: input.order_sync,
      outcome: input.outcome,
    })
    // Staff hear about an order left failed or for a person.
    emitKitchenEventsStep({ order: { result, outcome: input.outcome } })
    return new WorkflowResponse(result)
  }
)
