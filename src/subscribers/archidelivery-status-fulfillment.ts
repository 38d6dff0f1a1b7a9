import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncOrderFulfillmentWorkflow } from "../workflows/fulfillment/sync-order-fulfillment"
import { errorMessage } from "../lib/shared/error-message"
import {
  ORDER_STATUS_CHANGED_EVENT,
  type OrderStatusChangedEvent,
} from "../lib/shared/events"

// Read defensively: a host may emit the event with only some of its fields.
type StatusEvent = Partial<OrderStatusChangedEvent>

/** Ships and delivers the Medusa order as the kitchen moves it along. */
export default async function archiDeliveryStatusFulfillment({
  event,
  container,
}: SubscriberArgs<StatusEvent>) {
  const { order_id, archidelivery_order_id, status } =
    event.data ?? ({} as StatusEvent)
  const code = Number(status)
  if (typeof order_id !== "string" || !order_id || !Number.isInteger(code)) {
    return
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await syncOrderFulfillmentWorkflow(container).run({
      input: {
        order_id,
        status: code,
        archidelivery_order_id:
          archidelivery_order_id == null
            ? null
            : String(archidelivery_order_id),
      },
    })
    if (result.created || result.shipped || result.delivered) {
      logger.info(
        `archidelivery: order ${order_id} at kitchen status ${code}: ${[
          result.created && "fulfillment created",
          result.shipped && "shipped",
          result.delivered && "delivered",
        ]
          .filter(Boolean)
          .join(", ")}`
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
