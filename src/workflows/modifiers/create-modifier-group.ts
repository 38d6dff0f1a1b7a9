import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { ModifierGroupDefinition } from "../../lib/modifiers"
import { checkModifierGroupStep } from "./steps/check-modifier-group"
import { createModifierGroupStep } from "./steps/create-modifier-group"

export const createModifierGroupWorkflowId =
  "archidelivery-create-modifier-group"

/** Defines a modifier group with its options, refused when no choice could satisfy it. */
export const createModifierGroupWorkflow = createWorkflow(
  createModifierGroupWorkflowId,
  (input: ModifierGroupDefinition) => {
    const group = checkModifierGroupStep(input)
    return new WorkflowResponse(createModifierGroupStep(group))
  }
)
