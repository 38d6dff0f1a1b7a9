import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type {
  PayloadOrder,
  PayloadProductLink,
} from "../../lib/orders/order-payload"
import type { ClientLinkDTO } from "../../modules/archidelivery/types"
import { completeOrderClaimStep } from "./steps/complete-order-claim"
import { emitKitchenEventsStep } from "../kitchen/steps/emit-kitchen-events"
import type { ClaimedOrderSync } from "../../lib/orders/claim"
import { resolveOrderClientStep } from "./steps/resolve-order-client"
import { sendOrderStep } from "./steps/send-order"
import { storeOrderClientLinkStep } from "./steps/store-order-client-link"

export type PushOrderWorkflowInput = {
  /** A row this worker claimed (claimDueOrderSyncs) and still holds. */
  order_sync: ClaimedOrderSync
  /** When the claim was taken, ms since epoch (our clock). */
  claimed_at: number
  /** The order as Query returns it (see loadOrdersForPush); null when gone. */
  order: PayloadOrder | null
  /** The shop cancelled the order after it was queued: it is not sent. */
  cancelled?: boolean
  product_links: PayloadProductLink[]
  client_link: ClientLinkDTO | null
}

export const pushOrderWorkflowId = "archidelivery-push-order"

/**
 * Pushes one claimed order to ArchiDelivery: chooses the client (and links
 * a customer to the one their phone found), sends `neworder`, records the
 * attempt and the row's new state (sent / queued / failed / queued for
 * reconciliation).
 */
export const pushOrderWorkflow = createWorkflow(
  pushOrderWorkflowId,
  (input: PushOrderWorkflowInput) => {
    const client = resolveOrderClientStep({
      // A cancelled order needs no client look-up.
      order: transform({ input }, ({ input }) =>
        input.cancelled ? null : input.order
      ),
      client_link: input.client_link,
      order_sync: input.order_sync,
    })
    storeOrderClientLinkStep({
      found: client.found,
      client_link: input.client_link,
    })
    const outcome = sendOrderStep({
      order_sync: input.order_sync,
      order: input.order,
      cancelled: input.cancelled,
      product_links: input.product_links,
      client,
      claimed_at: input.claimed_at,
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
