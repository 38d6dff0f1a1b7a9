import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"

export const deleteModifierGroupStepId = "archidelivery-delete-modifier-group"

/**
 * Soft-deletes a group with its options and product attachments; lines
 * already in carts are refused at checkout, orders keep what was bought.
 * Compensation restores them.
 */
export const deleteModifierGroupStep = createStep(
  deleteModifierGroupStepId,
  async (id: string, { container }) => {
    await archiDeliveryService(container).softDeleteModifierGroups(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      await archiDeliveryService(container).restoreModifierGroups(id)
    }
  }
)
