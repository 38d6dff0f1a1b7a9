import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type MarkFulfillmentStatusStepInput = {
  order_id: string
  /** The kitchen code Medusa's fulfillment now agrees with. */
  status: number
}

export const markFulfillmentStatusStepId =
  "archidelivery-mark-fulfillment-status"

type Previous = { id: string; fulfilment_status: number | null }[]

/** Notes the agreed code on the order's queue row, so the status follow-up stops repeating it. */
export const markFulfillmentStatusStep = createStep(
  markFulfillmentStatusStepId,
  async (input: MarkFulfillmentStatusStepInput, { container }) => {
    const service = archiDeliveryService(container)
    const rows = await service.listOrderSyncs(
      { order_id: input.order_id },
      { select: ["id", "fulfilment_status"] }
    )
    if (rows.length) {
      await service.updateOrderSyncs(
        rows.map((r) => ({ id: r.id, fulfilment_status: input.status }))
      )
    }
    return new StepResponse(
      undefined,
      rows.map((r) => ({
        id: r.id,
        fulfilment_status: r.fulfilment_status ?? null,
      })) as Previous
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const service = archiDeliveryService(container)
    await service.updateOrderSyncs(previous)
  }
)
