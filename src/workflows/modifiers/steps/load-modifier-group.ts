import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type {
  ModifierGroupDTO,
  ModifierOptionDTO,
} from "../../../modules/archidelivery/types"

export type LoadedModifierGroup = ModifierGroupDTO & {
  options: ModifierOptionDTO[]
}

export const loadModifierGroupStepId = "archidelivery-load-modifier-group"

/** A group with its options, as a change starts from; an unknown id is a 404. */
export const loadModifierGroupStep = createStep(
  loadModifierGroupStepId,
  async (id: string, { container }) => {
    const service = archiDeliveryService(container)
    const [group] = await service.listModifierGroups(
      { id },
      { relations: ["options"] }
    )
    if (!group) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `modifier group ${id} not found`
      )
    }
    return new StepResponse(group as unknown as LoadedModifierGroup)
  }
)
