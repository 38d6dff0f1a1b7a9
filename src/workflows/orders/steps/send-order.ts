import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  leaseOutlivesRequest,
  type ClaimedOrderSync,
} from "../../../lib/orders/claim"
import type {
  PayloadOrder,
  PayloadProductLink,
} from "../../../lib/orders/order-payload"
import { releaseOutcome } from "../../../lib/orders/outcomes"
import {
  planPush,
  pushFailedOutcome,
  pushSentOutcome,
} from "../../../lib/orders/push-outcome"
import { nextAttemptAt } from "../../../lib/orders/queue-policy"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type { ResolvedOrderClient } from "./resolve-order-client"

export type SendOrderInput = {
  order_sync: ClaimedOrderSync
  /** null: the order no longer exists */
  order: PayloadOrder | null
  /** The shop cancelled the order: it is not sent. */
  cancelled?: boolean
  product_links: PayloadProductLink[]
  client: ResolvedOrderClient
  /** When the claim was taken (ms since epoch, our clock) and for how long. */
  claimed_at: number
}

export const sendOrderStepId = "archidelivery-send-order"

/**
 * Sends one claimed order with `neworder` and decides what its row becomes;
 * the next step records it. No compensation: ArchiDelivery cannot cancel an
 * order, which is why a doubtful send is reconciled, never repeated blindly.
 */
export const sendOrderStep = createStep(
  sendOrderStepId,
  async (input: SendOrderInput, { container }) => {
    const service = archiDeliveryService(container)
    const options = service.getOptions()
    const now = new Date()
    const { queue } = options
    const retryAt = nextAttemptAt(input.order_sync.attempts, queue, now)
    const clock = { now, retryAt: retryAt.toISOString() }
    const plan = planPush({ ...input, options, ...clock })
    if ("outcome" in plan) {
      return new StepResponse(plan.outcome)
    }
    const lease = { ...options, leaseSeconds: queue.leaseSeconds }
    return service.withRequestSlot(async () => {
      // Checked once the slot is ours: waiting for it took some of the lease,
      // and an order still waiting when the app began to stop was never
      // started, so it goes back untried like the rows no worker took.
      if (
        service.isShuttingDown() ||
        !leaseOutlivesRequest(input.claimed_at, lease, Date.now())
      ) {
        return new StepResponse(releaseOutcome())
      }
      try {
        const reply = await service
          .getClient(input.order_sync.point_id)
          .newOrder(plan.request.params)
        const sentAt = new Date().toISOString()
        return new StepResponse(pushSentOutcome(plan.request, reply, sentAt))
      } catch (e) {
        return new StepResponse(pushFailedOutcome(plan.request, e, clock))
      }
    })
  }
)
