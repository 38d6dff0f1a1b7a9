import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  groupProblemMessage,
  modifierGroupProblems,
  type ModifierGroupDefinition,
} from "../../../lib/modifiers"

export const checkModifierGroupStepId = "archidelivery-check-modifier-group"

/** Refuses a group no customer could ever satisfy, naming every field at fault. */
export const checkModifierGroupStep = createStep(
  checkModifierGroupStepId,
  async (group: ModifierGroupDefinition) => {
    const problems = modifierGroupProblems(group)
    if (problems.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        groupProblemMessage(problems)
      )
    }
    return new StepResponse(group)
  }
)
