import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { completeOrderClaimStep } from "./steps/complete-order-claim"
import { emitKitchenEventsStep } from "../kitchen/steps/emit-kitchen-events"
import {
  reconcileOrderStep,
  type ReconcileOrderInput,
} from "./steps/reconcile-order"

/** A claimed row with `reconcile = true`, and the order's phone in E.164. */
export type ReconcileOrderWorkflowInput = ReconcileOrderInput

export const reconcileOrderWorkflowId = "archidelivery-reconcile-order"

/**
 * Finds out whether a doubtful send reached ArchiDelivery and records the
 * answer (see the RECONCILIATION block in lib/orders/reconcile-verdict.ts).
 */
export const reconcileOrderWorkflow = createWorkflow(
  reconcileOrderWorkflowId,
  (input: ReconcileOrderWorkflowInput) => {
    const outcome = reconcileOrderStep({
      order_sync: input.order_sync,
      phone: input.phone,
    })
    const result = completeOrderClaimStep({
      order_sync: input.order_sync,
      outcome,
    })
    // Staff hear about an order left failed or for a person.
    emitKitchenEventsStep({ order: { result, outcome: outcome } })
    return new WorkflowResponse(result)
  }
)
