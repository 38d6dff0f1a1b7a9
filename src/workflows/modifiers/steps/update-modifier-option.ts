import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ModifierOptionDefinition } from "../../../lib/modifiers"
import { archiDeliveryService } from "../../../modules/archidelivery"

export const updateModifierOptionStepId = "archidelivery-update-modifier-option"

/** Writes an option's fields; compensation puts the previous ones back. */
export const updateModifierOptionStep = createStep(
  updateModifierOptionStepId,
  async (
    input: {
      id: string
      data: Partial<ModifierOptionDefinition>
      previous: ModifierOptionDefinition
    },
    { container }
  ) => {
    await archiDeliveryService(container).updateModifierOptions({
      id: input.id,
      ...input.data,
    })
    return new StepResponse(input.id, { id: input.id, ...input.previous })
  },
  async (previous, { container }) => {
    if (previous) {
      await archiDeliveryService(container).updateModifierOptions(previous)
    }
  }
)
