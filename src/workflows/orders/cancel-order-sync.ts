import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { cancelOrderSyncStep } from "./steps/cancel-order-sync"

export type CancelOrderSyncWorkflowInput = { order_id: string }

export const cancelOrderSyncWorkflowId = "archidelivery-cancel-order-sync"

/**
 * The shop cancelled an order (`order.canceled`): its queue row never sends
 * it, or, when the kitchen has it, flags it for the admin. The order's own
 * status is read first, so a late or repeated event changes nothing for an
 * order that is not cancelled.
 */
export const cancelOrderSyncWorkflow = createWorkflow(
  cancelOrderSyncWorkflowId,
  (input: CancelOrderSyncWorkflowInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "status"],
      filters: { id: input.order_id },
    }).config({ name: "archidelivery-cancel-load-order" })
    const cancelled = transform({ orders }, ({ orders }) =>
      (orders as { status: string }[]).some((o) => o.status === "canceled")
    )
    const result = when(
      "archidelivery-cancel-when-cancelled",
      { cancelled },
      ({ cancelled }) => cancelled
    ).then(() => cancelOrderSyncStep({ order_id: input.order_id }))
    // Null when the order is not cancelled.
    return new WorkflowResponse(
      transform({ result }, ({ result }) => result ?? null)
    )
  }
)
