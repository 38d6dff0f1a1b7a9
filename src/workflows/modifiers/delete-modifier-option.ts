import { MedusaError } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { definitionOf } from "../../lib/modifiers"
import { checkModifierGroupStep } from "./steps/check-modifier-group"
import { deleteModifierOptionStep } from "./steps/delete-modifier-option"
import { loadModifierGroupStep } from "./steps/load-modifier-group"

export const deleteModifierOptionWorkflowId =
  "archidelivery-delete-modifier-option"

/**
 * Removes an option, unless the group would become impossible without it
 * (fewer options than its min); carts holding it are refused at checkout.
 */
export const deleteModifierOptionWorkflow = createWorkflow(
  deleteModifierOptionWorkflowId,
  (input: { group_id: string; option_id: string }) => {
    const current = loadModifierGroupStep(input.group_id)
    checkModifierGroupStep(
      transform({ input, current }, ({ input, current }) => {
        const group = definitionOf(current)
        if (!group.options.some((o) => o.id === input.option_id)) {
          throw new MedusaError(
            MedusaError.Types.NOT_FOUND,
            `option ${input.option_id} is not in modifier group ${input.group_id}`
          )
        }
        return {
          ...group,
          options: group.options.filter((o) => o.id !== input.option_id),
        }
      })
    )
    return new WorkflowResponse(deleteModifierOptionStep(input.option_id))
  }
)
