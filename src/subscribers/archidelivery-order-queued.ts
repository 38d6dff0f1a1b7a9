import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { archiDeliveryService } from "../modules/archidelivery"
import {
  ORDER_SYNC_QUEUED_EVENT,
  type OrderSyncQueuedEvent,
} from "../lib/shared/events"
import { kickOrderDrain } from "../workflows/orders/drain-kick"

/**
 * Push-on-place (`queue.pushOnPlace`, default on): starts a drain right
 * after an order is queued, so the kitchen sees it in seconds; the minute
 * job stays the safety net. The drain runs in the background, never inside
 * the event handler: with the Redis event bus a handler that waited on
 * ArchiDelivery would hold up every other event.
 */
export default async function archideliveryOrderQueued({
  container,
}: SubscriberArgs<OrderSyncQueuedEvent>) {
  const service = archiDeliveryService(container)
  if (service.getOptions().queue.pushOnPlace) {
    kickOrderDrain(container)
  }
}

export const config: SubscriberConfig = {
  event: ORDER_SYNC_QUEUED_EVENT,
  context: { subscriberId: "archidelivery-order-queued" },
}
