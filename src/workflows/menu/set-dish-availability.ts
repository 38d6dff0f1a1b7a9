import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  setDishAvailabilityStep,
  type SetDishAvailabilityInput,
} from "./steps/set-dish-availability"

export type { SetDishAvailabilityInput }

export const setDishAvailabilityWorkflowId =
  "archidelivery-set-dish-availability"

/**
 * An admin switches dishes off (until a time, until tomorrow, or until
 * switched back on) or back on. The switch-off ends by itself at its time:
 * availability is computed when read, so no job has to end it.
 */
export const setDishAvailabilityWorkflow = createWorkflow(
  setDishAvailabilityWorkflowId,
  (input: SetDishAvailabilityInput) =>
    new WorkflowResponse(setDishAvailabilityStep(input))
)
