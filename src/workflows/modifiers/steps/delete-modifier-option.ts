import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"

export const deleteModifierOptionStepId = "archidelivery-delete-modifier-option"

/** Soft-deletes an option; compensation restores it. */
export const deleteModifierOptionStep = createStep(
  deleteModifierOptionStepId,
  async (id: string, { container }) => {
    await archiDeliveryService(container).softDeleteModifierOptions(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      await archiDeliveryService(container).restoreModifierOptions(id)
    }
  }
)
