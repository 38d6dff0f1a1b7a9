import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isArchiDeliveryError } from "../../../lib/archidelivery"
import {
  MenuSchemaError,
  readMenu,
  type ReadMenuResult,
} from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"

export const fetchProductMenuStepId = "archidelivery-fetch-product-menu"

const WHY: Record<string, string> = {
  unreachable: "ArchiDelivery is unreachable",
  unknown_outcome: "ArchiDelivery gave no usable reply",
  rejected: "ArchiDelivery refused the request",
  invalid_reply: "ArchiDelivery's reply does not match the menu schema",
}

/** Reads the menu (`getallmenu`) and checks every row; it writes nothing. */
export const fetchProductMenuStep = createStep(
  fetchProductMenuStepId,
  async (_: void, { container }) => {
    const service = archiDeliveryService(container)
    try {
      const rows = await service.getClient().getAllMenu()
      const menu: ReadMenuResult = readMenu(
        rows,
        service.getOptions().menuFields
      )
      return new StepResponse(menu)
    } catch (e) {
      if (isArchiDeliveryError(e)) {
        throw new Error(
          `${WHY[e.kind] ?? "ArchiDelivery failed"}: ${e.message}`
        )
      }
      if (e instanceof MenuSchemaError) {
        throw new Error(`${WHY.invalid_reply}: ${e.message}`)
      }
      throw e
    }
  }
)
