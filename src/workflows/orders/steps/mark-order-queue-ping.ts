import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type MarkOrderQueuePingInput = {
  reachable: boolean
  /** Why the ping failed (no host, no headers). */
  message?: string | null
}

type Previous = {
  id: string
  next_attempt_at: Date | null
  last_error: string | null
  last_error_kind: string | null
}

export const markOrderQueuePingStepId = "archidelivery-mark-order-queue-ping"

/**
 * A failed ping: every waiting order that is due, or in backoff after a
 * connection failure, is marked `ping_failed` (no attempt counted, nothing
 * sent). A successful ping releases every `ping_failed` row, and every
 * reconciliation that waited on a connection failure, at once: the first
 * run after ArchiDelivery answers again sends everything that waited.
 * Returns how many rows it marked or released.
 */
export const markOrderQueuePingStep = createStep(
  markOrderQueuePingStepId,
  async (input: MarkOrderQueuePingInput, { container }) => {
    const service = archiDeliveryService(container)
    const now = new Date()
    const fields = ["id", "next_attempt_at", "last_error", "last_error_kind"]
    let rows: Previous[]
    if (!input.reachable) {
      rows = (await service.listOrderSyncs(
        {
          status: "queued",
          reconcile: false,
          $or: [
            { next_attempt_at: null },
            { next_attempt_at: { $lte: now } },
            { last_error_kind: ["unreachable", "ping_failed"] },
          ],
        },
        { select: fields }
      )) as Previous[]
      if (rows.length) {
        await service.updateOrderSyncs({
          selector: { id: rows.map((r) => r.id), status: "queued" },
          data: {
            last_error_kind: "ping_failed",
            last_error: `ping failed: ${input.message ?? "no answer"}`,
          },
        })
      }
    } else {
      rows = (await service.listOrderSyncs(
        {
          status: "queued",
          last_error_kind: ["ping_failed", "reconcile_unreachable"],
          next_attempt_at: { $gt: now },
        },
        { select: fields }
      )) as Previous[]
      if (rows.length) {
        await service.updateOrderSyncs({
          selector: { id: rows.map((r) => r.id), status: "queued" },
          data: { next_attempt_at: null },
        })
      }
    }
    return new StepResponse({ count: rows.length }, rows)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const service = archiDeliveryService(container)
    await service.updateOrderSyncs(previous.map((p) => ({ ...p })))
  }
)
