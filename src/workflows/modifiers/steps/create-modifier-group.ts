import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ModifierGroupDefinition } from "../../../lib/modifiers"
import { archiDeliveryService } from "../../../modules/archidelivery"

export const createModifierGroupStepId = "archidelivery-create-modifier-group"

/** Creates a checked group with its options; compensation removes them. */
export const createModifierGroupStep = createStep(
  createModifierGroupStepId,
  async (input: ModifierGroupDefinition, { container }) => {
    const service = archiDeliveryService(container)
    const { options, ...group } = input
    const created = await service.createModifierGroups(group)
    if (options.length) {
      await service.createModifierOptions(
        options.map((o) => ({ ...o, group_id: created.id }))
      )
    }
    return new StepResponse(created.id, created.id)
  },
  async (id, { container }) => {
    if (id) {
      await archiDeliveryService(container).deleteModifierGroups(id)
    }
  }
)
