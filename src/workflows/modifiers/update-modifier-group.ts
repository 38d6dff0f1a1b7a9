import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { definitionOf } from "../../lib/modifiers"
import { checkModifierGroupStep } from "./steps/check-modifier-group"
import { loadModifierGroupStep } from "./steps/load-modifier-group"
import { updateModifierGroupStep } from "./steps/update-modifier-group"

export type UpdateModifierGroupInput = {
  id: string
  name?: string
  min?: number
  max?: number
  sort?: number
}

export const updateModifierGroupWorkflowId =
  "archidelivery-update-modifier-group"

/** Changes a group's name, bounds or place; the group as it would be is checked first. */
export const updateModifierGroupWorkflow = createWorkflow(
  updateModifierGroupWorkflowId,
  (input: UpdateModifierGroupInput) => {
    const current = loadModifierGroupStep(input.id)
    const change = transform({ input, current }, ({ input, current }) => {
      const { id, ...data } = input
      const before = definitionOf(current)
      return {
        id,
        data,
        previous: {
          name: before.name,
          min: before.min,
          max: before.max,
          sort: before.sort ?? 0,
        },
        next: { ...before, ...data },
      }
    })
    checkModifierGroupStep(transform({ change }, ({ change }) => change.next))
    return new WorkflowResponse(updateModifierGroupStep(change))
  }
)
