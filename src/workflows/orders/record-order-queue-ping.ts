import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  markOrderQueuePingStep,
  type MarkOrderQueuePingInput,
} from "./steps/mark-order-queue-ping"
import { emitKitchenEventsStep } from "../kitchen/steps/emit-kitchen-events"
import { recordKitchenOutageStep } from "../kitchen/steps/record-kitchen-outage"

export const recordOrderQueuePingWorkflowId =
  "archidelivery-record-order-queue-ping"

/** Applies a drain's ping result to the queue (see markOrderQueuePingStep). */
export const recordOrderQueuePingWorkflow = createWorkflow(
  recordOrderQueuePingWorkflowId,
  (input: MarkOrderQueuePingInput) => {
    const result = markOrderQueuePingStep(input)
    // The same ping is the kitchen's health: outages and their notices.
    emitKitchenEventsStep({ outage: recordKitchenOutageStep(input) })
    return new WorkflowResponse(result)
  }
)
