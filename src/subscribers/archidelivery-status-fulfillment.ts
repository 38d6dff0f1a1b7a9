import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncOrderFulfillmentWorkflow } from "../workflows/fulfillment/sync-order-fulfillment"
import {
  fulfillmentSyncSummary,
  syncInputFromEvent,
} from "../lib/delivery/fulfillment-sync"
import { errorMessage } from "../lib/shared/error-message"
import {
  ORDER_STATUS_CHANGED_EVENT,
  type OrderStatusChangedEvent,
} from "../lib/shared/events"

/** Ships and delivers the Medusa order as the kitchen moves it along. */
export default async function archiDeliveryStatusFulfillment({
  event,
  container,
}: SubscriberArgs<Partial<OrderStatusChangedEvent>>) {
  const input = syncInputFromEvent(event.data)
  if (!input) {
    return
  }
  const { order_id, status: code } = input
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await syncOrderFulfillmentWorkflow(container).run({
      input,
    })
    const summary = fulfillmentSyncSummary(result)
    if (summary) {
      logger.info(
        `archidelivery: order ${order_id} at kitchen status ${code}: ${summary}`
      )
    }
  } catch (e) {
    // The next status event (or a repeat of this one) tries again: the workflow is idempotent.
    logger.error(
      `archidelivery: following kitchen status ${code} of order ${order_id} failed: ${errorMessage(e)}`
    )
  }
}

export const config: SubscriberConfig = {
  event: ORDER_STATUS_CHANGED_EVENT,
  context: { subscriberId: "archidelivery-status-fulfillment" },
}
