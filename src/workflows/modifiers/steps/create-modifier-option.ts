import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ModifierOptionDefinition } from "../../../lib/modifiers"
import { archiDeliveryService } from "../../../modules/archidelivery"

export const createModifierOptionStepId = "archidelivery-create-modifier-option"

/** Adds a checked option to its group; compensation removes it. */
export const createModifierOptionStep = createStep(
  createModifierOptionStepId,
  async (
    input: { group_id: string; option: ModifierOptionDefinition },
    { container }
  ) => {
    const created = await archiDeliveryService(container).createModifierOptions(
      { ...input.option, group_id: input.group_id }
    )
    return new StepResponse(created.id, created.id)
  },
  async (id, { container }) => {
    if (id) {
      await archiDeliveryService(container).deleteModifierOptions(id)
    }
  }
)
