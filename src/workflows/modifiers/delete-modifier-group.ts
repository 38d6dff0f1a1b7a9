import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deleteModifierGroupStep } from "./steps/delete-modifier-group"
import { loadModifierGroupStep } from "./steps/load-modifier-group"

export const deleteModifierGroupWorkflowId =
  "archidelivery-delete-modifier-group"

/** Removes a group, its options and its product attachments. */
export const deleteModifierGroupWorkflow = createWorkflow(
  deleteModifierGroupWorkflowId,
  (input: { id: string }) => {
    loadModifierGroupStep(input.id)
    return new WorkflowResponse(deleteModifierGroupStep(input.id))
  }
)
