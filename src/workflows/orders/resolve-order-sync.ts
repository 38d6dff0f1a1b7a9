import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { changeOrderSyncStep } from "./steps/change-order-sync"

export type ResolveOrderSyncWorkflowInput = {
  order_id: string
  /** The order a person found in ArchiDelivery. */
  archidelivery_order_id: string
  actor_id?: string
}

export const resolveOrderSyncWorkflowId = "archidelivery-resolve-order-sync"

/**
 * A person settles a `needs_review` order by entering the ArchiDelivery
 * order id they found: `sent` with that id (an id another order holds is
 * refused), with a `manual_resolve` attempt. Status follow-up starts from it.
 */
export const resolveOrderSyncWorkflow = createWorkflow(
  resolveOrderSyncWorkflowId,
  (input: ResolveOrderSyncWorkflowInput) => {
    const attempt = transform({ input }, ({ input }) => ({
      outcome: "manual_resolve",
      message: `resolved as ArchiDelivery order ${input.archidelivery_order_id}${input.actor_id ? ` by ${input.actor_id}` : ""}`,
    }))
    const row = changeOrderSyncStep({
      order_id: input.order_id,
      from: ["needs_review"],
      action: "resolved",
      data: {
        status: "sent",
        archidelivery_order_id: input.archidelivery_order_id,
        reconcile: false,
        clear_error: true,
      },
      attempt,
    })
    return new WorkflowResponse(row)
  }
)
