import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelOrderSyncWorkflow } from "../workflows/orders/cancel-order-sync"
import { notifyStaffWorkflow } from "../workflows/kitchen/notify-staff"

/**
 * `order.canceled`: an order not yet sent never reaches the kitchen; one the
 * kitchen already has is flagged in the admin, since ArchiDelivery offers no
 * way to cancel it. The push checks the order's status too, so a lost event
 * still sends nothing.
 */
export default async function archideliveryOrderCanceled({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const { result } = await cancelOrderSyncWorkflow(container).run({
    input: { order_id: data.id },
  })
  if (result?.flagged) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `archidelivery: order ${data.id} was cancelled in the shop after ArchiDelivery got it (or may have): tell the kitchen`
      )
    await notifyStaffWorkflow(container).run({
      input: {
        kind: "order_cancelled_after_sent",
        order_id: data.id,
        key: `cancelled:${data.id}`,
      },
    })
  }
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "archidelivery-order-canceled" },
}
