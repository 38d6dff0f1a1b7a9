import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type UpdateModifierGroupStepInput = {
  id: string
  data: { name?: string; min?: number; max?: number; sort?: number }
  previous: { name: string; min: number; max: number; sort: number }
}

export const updateModifierGroupStepId = "archidelivery-update-modifier-group"

/** Writes a group's own fields; compensation puts the previous ones back. */
export const updateModifierGroupStep = createStep(
  updateModifierGroupStepId,
  async (input: UpdateModifierGroupStepInput, { container }) => {
    await archiDeliveryService(container).updateModifierGroups({
      id: input.id,
      ...input.data,
    })
    return new StepResponse(input.id, { id: input.id, ...input.previous })
  },
  async (previous, { container }) => {
    if (previous) {
      await archiDeliveryService(container).updateModifierGroups(previous)
    }
  }
)
