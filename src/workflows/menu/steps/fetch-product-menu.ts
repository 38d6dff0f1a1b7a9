import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { menuReadFailure, readMenu } from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"

export const fetchProductMenuStepId = "archidelivery-fetch-product-menu"

/** Reads the menu (`getallmenu`) and checks every row; it writes nothing. */
export const fetchProductMenuStep = createStep(
  fetchProductMenuStepId,
  async (_: void, { container }) => {
    const service = archiDeliveryService(container)
    try {
      const rows = await service.getClient().getAllMenu()
      return new StepResponse(readMenu(rows, service.getOptions().menuFields))
    } catch (e) {
      // A failure here leaves the shop as it was; the message says why.
      const why = menuReadFailure(e)
      throw why ? new Error(why) : e
    }
  }
)
