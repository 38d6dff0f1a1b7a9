import { MedusaError } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  definitionOf,
  type ModifierOptionDefinition,
} from "../../lib/modifiers"
import { checkModifierGroupStep } from "./steps/check-modifier-group"
import { loadModifierGroupStep } from "./steps/load-modifier-group"
import { updateModifierOptionStep } from "./steps/update-modifier-option"

export type UpdateModifierOptionInput = {
  group_id: string
  option_id: string
  data: Partial<ModifierOptionDefinition>
}

export const updateModifierOptionWorkflowId =
  "archidelivery-update-modifier-option"

/** Changes an option; the group as it would be is checked first. */
export const updateModifierOptionWorkflow = createWorkflow(
  updateModifierOptionWorkflowId,
  (input: UpdateModifierOptionInput) => {
    const current = loadModifierGroupStep(input.group_id)
    const change = transform({ input, current }, ({ input, current }) => {
      const group = definitionOf(current)
      const previous = group.options.find((o) => o.id === input.option_id)
      if (!previous) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `option ${input.option_id} is not in modifier group ${input.group_id}`
        )
      }
      const { id: _id, ...before } = previous
      return {
        id: input.option_id,
        data: input.data,
        previous: before,
        next: {
          ...group,
          options: group.options.map((o) =>
            o.id === input.option_id ? { ...o, ...input.data } : o
          ),
        },
      }
    })
    checkModifierGroupStep(transform({ change }, ({ change }) => change.next))
    return new WorkflowResponse(
      updateModifierOptionStep(
        transform({ change }, ({ change }) => ({
          id: change.id,
          data: change.data,
          previous: change.previous,
        }))
      )
    )
  }
)
