import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { completeOrderClaimStep } from "./steps/complete-order-claim"
import type { ClaimedOrderSync } from "../../lib/orders/claim"
import { reconcileOrderStep } from "./steps/reconcile-order"

export type ReconcileOrderWorkflowInput = {
  /** A claimed row with `reconcile = true`. */
  order_sync: ClaimedOrderSync
  /** The order's phone in E.164, null when it has none. */
  phone: string | null
}

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
    return new WorkflowResponse(result)
  }
)
