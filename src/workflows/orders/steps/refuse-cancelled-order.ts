import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"

export const refuseCancelledOrderStepId = "archidelivery-refuse-cancelled-order"

/**
 * Stops a person's retry of an order the shop cancelled (its row says so, or
 * the order itself does, should the cancellation event have been lost): a
 * cancelled order is never sent to the kitchen. Reads only.
 */
export const refuseCancelledOrderStep = createStep(
  refuseCancelledOrderStepId,
  async (input: { order_id: string }, { container }) => {
    const service = archiDeliveryService(container)
    const [row] = await service.listOrderSyncs(
      { order_id: input.order_id },
      { select: ["status", "cancelled_at", "display_id"] }
    )
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "order",
        fields: ["id", "status"],
        filters: { id: input.order_id },
      })
    const cancelled =
      row?.status === "cancelled" ||
      !!row?.cancelled_at ||
      (data as { status: string }[]).some((o) => o.status === "canceled")
    if (cancelled) {
      const name = row?.display_id ? `#${row.display_id}` : input.order_id
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: order ${name} was cancelled in the shop; a cancelled order is never sent to ArchiDelivery`
      )
    }
    return new StepResponse(undefined)
  }
)
