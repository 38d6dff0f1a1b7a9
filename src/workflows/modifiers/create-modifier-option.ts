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
import { createModifierOptionStep } from "./steps/create-modifier-option"
import { loadModifierGroupStep } from "./steps/load-modifier-group"

export const createModifierOptionWorkflowId =
  "archidelivery-create-modifier-option"

/** Adds an option to a group; the group with it is checked first (a twin mapping, too many defaults). */
export const createModifierOptionWorkflow = createWorkflow(
  createModifierOptionWorkflowId,
  (input: { group_id: string; option: ModifierOptionDefinition }) => {
    const current = loadModifierGroupStep(input.group_id)
    checkModifierGroupStep(
      transform({ input, current }, ({ input, current }) => {
        const group = definitionOf(current)
        return { ...group, options: [...group.options, input.option] }
      })
    )
    return new WorkflowResponse(createModifierOptionStep(input))
  }
)
