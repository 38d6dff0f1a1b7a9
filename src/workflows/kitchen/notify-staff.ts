import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  sendStaffNoticesStep,
  type SendStaffNoticesInput,
} from "./steps/send-staff-notices"

export const notifyStaffWorkflowId = "archidelivery-notify-staff"

/** One notice to staff: the admin feed, and the configured address. */
export const notifyStaffWorkflow = createWorkflow(
  notifyStaffWorkflowId,
  (input: SendStaffNoticesInput) => {
    const sent = sendStaffNoticesStep(input)
    return new WorkflowResponse(sent)
  }
)
