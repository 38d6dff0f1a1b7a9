import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type { StatusCodes } from "../../../lib/delivery/fulfillment-plan"

export const getFulfillmentStatusCodesStepId =
  "archidelivery-get-fulfillment-status-codes"

/** The kitchen codes that ship and deliver, from the plugin's options (a read: nothing to undo). */
export const getFulfillmentStatusCodesStep = createStep(
  getFulfillmentStatusCodesStepId,
  async (_input: void, { container }) => {
    const service = archiDeliveryService(container)
    const { shipped, delivered } = service.getOptions().status
    return new StepResponse<StatusCodes>({
      shipped: [...shipped],
      delivered: [...delivered],
    })
  }
)
