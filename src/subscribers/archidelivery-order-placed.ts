import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { enqueueOrderSyncsWorkflow } from "../workflows/orders/enqueue-order-syncs"

/**
 * `order.placed` (checkout and converted draft orders) only queues the
 * order: one durable row, nothing sent, so a back office that is down loses
 * nothing. The drain sends it.
 */
export default async function archideliveryOrderPlaced({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await enqueueOrderSyncsWorkflow(container).run({
    input: { order_ids: [data.id] },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "archidelivery-order-placed" },
}
