import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  upsertPointStateStep,
  type UpsertPointStateInput,
} from "./steps/upsert-point-state"

export const setPointStateWorkflowId = "archidelivery-set-point-state"

/** An admin sets a point's kitchen online, busy (+delay) or paused, maybe until a time. */
export const setPointStateWorkflow = createWorkflow(
  setPointStateWorkflowId,
  (input: UpsertPointStateInput) => {
    const point_state = upsertPointStateStep(input)
    return new WorkflowResponse(point_state)
  }
)
