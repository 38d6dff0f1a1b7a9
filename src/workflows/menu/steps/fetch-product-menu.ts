import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { menuReadFailure, readMenu, withSizes } from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"

export const fetchProductMenuStepId = "archidelivery-fetch-product-menu"

/**
 * Reads the menu (`getallmenu`) and checks every row, telling which rows are
 * sizes of one dish; it writes nothing.
 */
export const fetchProductMenuStep = createStep(
  fetchProductMenuStepId,
  async (_: void, { container }) => {
    const service = archiDeliveryService(container)
    try {
      const rows = await service.getClient().getAllMenu()
      const { menuFields, sizes } = service.getOptions()
      const menu = readMenu(rows, {
        ...menuFields,
        ...(sizes.grouping === "field" ? { sizeGroup: sizes.groupField } : {}),
      })
      return new StepResponse({
        ...menu,
        items: withSizes(menu.items, sizes),
        size_option_title: sizes.optionTitle,
      })
    } catch (e) {
      // A failure here leaves the shop as it was; the message says why.
      const why = menuReadFailure(e)
      throw why ? new Error(why) : e
    }
  }
)
