import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { enqueueOrderSyncsStep } from "./steps/enqueue-order-syncs"
import {
  findUnqueuedOrdersStep,
  type FindUnqueuedOrdersInput,
} from "./steps/find-unqueued-orders"

export const sweepUnqueuedOrdersWorkflowId =
  "archidelivery-sweep-unqueued-orders"

/**
 * The safety net under `order.placed`: queues placed orders that never got a
 * queue row. Emits nothing: the minute job that runs it drains right after.
 */
export const sweepUnqueuedOrdersWorkflow = createWorkflow(
  sweepUnqueuedOrdersWorkflowId,
  (input: FindUnqueuedOrdersInput) => {
    const orders = findUnqueuedOrdersStep(input)
    const result = enqueueOrderSyncsStep({ orders })
    return new WorkflowResponse(result.order_syncs)
  }
)
