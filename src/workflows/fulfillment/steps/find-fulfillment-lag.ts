import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderStatusLabel } from "../../../lib/orders/order-status"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type { OrderStatusChangedEvent } from "../../../lib/shared/events"

export const findFulfillmentLagStepId = "archidelivery-find-fulfillment-lag"

/**
 * Sent orders whose last kitchen code ships or delivers but whose Medusa
 * fulfillment has not caught up with it (the update failed or its event was
 * lost), as status events to send again; `limit` of them, skipping the ones
 * this round already announces. A read: nothing to undo.
 */
export const findFulfillmentLagStep = createStep(
  findFulfillmentLagStepId,
  async (
    input: { limit: number; announced: OrderStatusChangedEvent[] },
    { container }
  ) => {
    const service = archiDeliveryService(container)
    const { shipped, delivered } = service.getOptions().status
    const codes = [...new Set([...shipped, ...delivered])]
    if (!codes.length) {
      return new StepResponse([] as OrderStatusChangedEvent[])
    }
    const skip = new Set(input.announced.map((e) => e.order_id))
    const rows = await service.listOrderSyncs(
      {
        status: "sent",
        $or: codes.map((code) => ({
          archidelivery_status: code,
          $or: [
            { fulfilment_status: null },
            { fulfilment_status: { $ne: code } },
          ],
        })),
      },
      {
        select: ["order_id", "archidelivery_order_id", "archidelivery_status"],
        order: { archidelivery_status_at: "ASC" },
        take: input.limit + skip.size,
      }
    )
    const events = rows
      .filter((r) => !skip.has(r.order_id))
      .slice(0, input.limit)
      .map((r): OrderStatusChangedEvent => ({
        order_id: r.order_id,
        archidelivery_order_id: r.archidelivery_order_id!,
        status: r.archidelivery_status!,
        previous_status: r.archidelivery_status!,
        label: orderStatusLabel(r.archidelivery_status),
      }))
    return new StepResponse(events)
  }
)
