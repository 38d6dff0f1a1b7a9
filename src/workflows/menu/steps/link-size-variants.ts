import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type LinkSizeVariantsInput = {
  links: { id: string; variant_id: string }[]
}

export const linkSizeVariantsStepId = "archidelivery-link-size-variants"

/** Records each approved size's new variant on its link: orders now send its id. */
export const linkSizeVariantsStep = createStep(
  linkSizeVariantsStepId,
  async (input: LinkSizeVariantsInput, { container }) => {
    if (input.links.length) {
      await archiDeliveryService(container).updateProductLinks(input.links)
    }
    return new StepResponse(
      input.links.length,
      input.links.map((l) => l.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await archiDeliveryService(container).updateProductLinks(
        ids.map((id) => ({ id, variant_id: null }))
      )
    }
  }
)
