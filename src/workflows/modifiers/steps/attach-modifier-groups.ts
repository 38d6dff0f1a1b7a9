import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"

export const attachModifierGroupsStepId = "archidelivery-attach-modifier-groups"

/**
 * Offers groups with a product, after the ones it has (a group already
 * attached stays where it is); compensation removes what it added.
 */
export const attachModifierGroupsStep = createStep(
  attachModifierGroupsStepId,
  async (input: { product_id: string; group_ids: string[] }, { container }) => {
    const service = archiDeliveryService(container)
    const existing = await service.listProductModifierGroups(
      { product_id: input.product_id },
      { select: ["id", "group_id", "sort"] }
    )
    const have = new Set(existing.map((e) => e.group_id))
    let sort = Math.max(0, ...existing.map((e) => e.sort + 1))
    const adding = input.group_ids.filter((id) => !have.has(id))
    const created = adding.length
      ? await service.createProductModifierGroups(
          adding.map((group_id) => ({
            product_id: input.product_id,
            group_id,
            sort: sort++,
          }))
        )
      : []
    const ids = created.map((c) => c.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await archiDeliveryService(container).deleteProductModifierGroups(ids)
    }
  }
)
