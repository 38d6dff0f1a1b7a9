import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  markOrderQueuePingStep,
  type MarkOrderQueuePingInput,
} from "./steps/mark-order-queue-ping"

export const recordOrderQueuePingWorkflowId =
  "archidelivery-record-order-queue-ping"

/** Applies a drain's ping result to the queue (see markOrderQueuePingStep). */
export const recordOrderQueuePingWorkflow = createWorkflow(
  recordOrderQueuePingWorkflowId,
  (input: MarkOrderQueuePingInput) => {
    const result = markOrderQueuePingStep(input)
    return new WorkflowResponse(result)
  }
)
