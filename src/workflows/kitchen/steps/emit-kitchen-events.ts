import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import {
  KITCHEN_OFFLINE_EVENT,
  KITCHEN_ONLINE_EVENT,
  ORDER_SYNC_PROBLEM_EVENT,
  type OrderSyncProblemEvent,
} from "../../../lib/shared/events"
import type { KitchenOutageChange } from "./record-kitchen-outage"

export type EmitKitchenEventsInput = {
  outage?: KitchenOutageChange | null
  /** A claim's end: an order left `failed` or `needs_review` is a problem. */
  order?: {
    result: { order_id: string; status: string | null } | null
    outcome?: { patch?: { status?: string; last_error?: string | null } } | null
  }
}

function orderProblem(
  order: EmitKitchenEventsInput["order"]
): OrderSyncProblemEvent | null {
  const status = order?.result?.status
  if (!order?.result || (status !== "failed" && status !== "needs_review")) {
    return null
  }
  // The outcome asked for this state; another worker's claim would differ.
  if (order.outcome?.patch?.status && order.outcome.patch.status !== status) {
    return null
  }
  return {
    order_id: order.result.order_id,
    status,
    error: order.outcome?.patch?.last_error ?? null,
  }
}

export const emitKitchenEventsStepId = "archidelivery-emit-kitchen-events"

/**
 * Emits what staff must hear about: an outage announced or over, an order
 * that failed or needs a person. Nothing to emit is no event.
 */
export const emitKitchenEventsStep = createStep(
  emitKitchenEventsStepId,
  async (input: EmitKitchenEventsInput, { container }) => {
    const events: { name: string; data: unknown }[] = []
    if (input.outage?.offline) {
      events.push({ name: KITCHEN_OFFLINE_EVENT, data: input.outage.offline })
    }
    if (input.outage?.online) {
      events.push({ name: KITCHEN_ONLINE_EVENT, data: input.outage.online })
    }
    const problem = orderProblem(input.order)
    if (problem) {
      events.push({ name: ORDER_SYNC_PROBLEM_EVENT, data: problem })
    }
    if (events.length) {
      await container.resolve(Modules.EVENT_BUS).emit(events)
    }
    return new StepResponse(events.length)
  }
)
