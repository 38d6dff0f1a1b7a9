import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"
import {
  fulfillmentCodes,
  fulfillmentLagEvents,
  fulfillmentLagFilter,
  fulfillmentLagTake,
} from "../../../lib/delivery/fulfillment-lag"
import type { OrderStatusChangedEvent } from "../../../lib/shared/events"

export type FindFulfillmentLagStepInput = {
  /** Events to return at most. */
  limit: number
  /** Events this round already sends; their orders are skipped. */
  announced: OrderStatusChangedEvent[]
}

export const findFulfillmentLagStepId = "archidelivery-find-fulfillment-lag"

/** Status events to send again for orders whose fulfillment lags the kitchen (a read). */
export const findFulfillmentLagStep = createStep(
  findFulfillmentLagStepId,
  async (input: FindFulfillmentLagStepInput, { container }) => {
    const service = archiDeliveryService(container)
    const codes = fulfillmentCodes(service.getOptions().status)
    if (!codes.length) {
      return new StepResponse([] as OrderStatusChangedEvent[])
    }
    const rows = await service.listOrderSyncs(fulfillmentLagFilter(codes), {
      select: ["order_id", "archidelivery_order_id", "archidelivery_status"],
      order: { archidelivery_status_at: "ASC" },
      take: fulfillmentLagTake(input.limit, input.announced),
    })
    return new StepResponse(
      fulfillmentLagEvents(rows, input.announced, input.limit)
    )
  }
)
