import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ShownProduct, SizeLink } from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"
import { SHOWN_PRODUCT_FIELDS } from "./load-size-merge"

export type LoadSizeSplitInput = { archidelivery_id: string }

export type SizeSplit = { link: SizeLink; product: ShownProduct }

export const loadSizeSplitStepId = "archidelivery-load-size-split"

/** The row to split out and the product it is a size of; it writes nothing. */
export const loadSizeSplitStep = createStep(
  loadSizeSplitStepId,
  async (input: LoadSizeSplitInput, { container }) => {
    const service = archiDeliveryService(container)
    const [link] = await service.listProductLinks({
      archidelivery_id: input.archidelivery_id,
    })
    if (!link) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `archidelivery_id: not imported from ArchiDelivery: ${input.archidelivery_id}`
      )
    }
    const siblings = link.product_id
      ? await service.listProductLinks(
          { product_id: link.product_id },
          { take: null }
        )
      : []
    if (siblings.length < 2) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `archidelivery_id: ${input.archidelivery_id} is a product of its own already`
      )
    }
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "product",
        fields: SHOWN_PRODUCT_FIELDS,
        filters: { id: link.product_id! },
      })
    return new StepResponse<SizeSplit>({
      link,
      product: data[0] as ShownProduct,
    })
  }
)
