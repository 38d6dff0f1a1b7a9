import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { changeOrderSyncStep } from "./steps/change-order-sync"
import { ORDER_SYNC_QUEUED_EVENT } from "../../lib/shared/events"
import { refuseCancelledOrderStep } from "./steps/refuse-cancelled-order"

export type RetryOrderSyncWorkflowInput = {
  order_id: string
  /** The admin user who asked (kept in the attempt log). */
  actor_id?: string
}

export const retryOrderSyncWorkflowId = "archidelivery-retry-order-sync"

/**
 * A person sends a `failed` or `needs_review` order again: `queued`, due now,
 * not reconciled first (for needs_review the person has checked the kitchen),
 * with a `manual_retry` attempt. An order the shop cancelled is refused. Emits `archidelivery.order_sync.queued`, so
 * push-on-place sends it at once.
 */
export const retryOrderSyncWorkflow = createWorkflow(
  retryOrderSyncWorkflowId,
  (input: RetryOrderSyncWorkflowInput) => {
    refuseCancelledOrderStep({ order_id: input.order_id })
    const attempt = transform({ input }, ({ input }) => ({
      outcome: "manual_retry",
      message: input.actor_id ? `retried by ${input.actor_id}` : "retried",
    }))
    const row = changeOrderSyncStep({
      order_id: input.order_id,
      from: ["failed", "needs_review"],
      action: "retried",
      data: { status: "queued", reconcile: false },
      attempt,
    })
    emitEventStep({
      eventName: ORDER_SYNC_QUEUED_EVENT,
      data: transform({ input }, ({ input }) => ({
        order_ids: [input.order_id],
      })),
    })
    return new WorkflowResponse(row)
  }
)
