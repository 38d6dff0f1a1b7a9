import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"

export const checkProductModifierGroupsStepId =
  "archidelivery-check-product-modifier-groups"

/** The product and every group to attach must exist; a missing one is named. */
export const checkProductModifierGroupsStep = createStep(
  checkProductModifierGroupsStepId,
  async (input: { product_id: string; group_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { id: input.product_id },
    })
    if (!data.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `product_id: product ${input.product_id} not found`
      )
    }
    const ids = [...new Set(input.group_ids)]
    const groups = ids.length
      ? await archiDeliveryService(container).listModifierGroups(
          { id: ids },
          { select: ["id"] }
        )
      : []
    const known = new Set(groups.map((g) => g.id))
    const unknown = ids.filter((id) => !known.has(id))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `add: modifier group(s) not found: ${unknown.join(", ")}`
      )
    }
    return new StepResponse(ids)
  }
)
