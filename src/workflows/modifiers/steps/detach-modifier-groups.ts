import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"

export const detachModifierGroupsStepId = "archidelivery-detach-modifier-groups"

/** Stops offering groups with a product; compensation restores the attachments. */
export const detachModifierGroupsStep = createStep(
  detachModifierGroupsStepId,
  async (input: { product_id: string; group_ids: string[] }, { container }) => {
    const service = archiDeliveryService(container)
    const rows = input.group_ids.length
      ? await service.listProductModifierGroups(
          { product_id: input.product_id, group_id: input.group_ids },
          { select: ["id"] }
        )
      : []
    const ids = rows.map((r) => r.id)
    if (ids.length) {
      await service.softDeleteProductModifierGroups(ids)
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await archiDeliveryService(container).restoreProductModifierGroups(ids)
    }
  }
)
