import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type {
  OrderSyncDTO,
  OrderSyncStatus,
} from "../../../modules/archidelivery/types"

/** What the admin reads on a row the shop cancelled. */
export const CANCELLED_MESSAGES = {
  cancelled: "cancelled in the shop before it was sent: never sent",
  cancelled_in_doubt:
    "cancelled in the shop while ArchiDelivery may already have it: check with the kitchen",
  cancelled_after_send:
    "cancelled in the shop after ArchiDelivery got it: tell the kitchen",
  cancelled_while_sending:
    "cancelled in the shop while it was being sent: it is flagged if ArchiDelivery got it",
} as const

export type CancelOrderSyncResult = {
  order_id: string
  /** The row's status now; null when the order was never queued. */
  status: OrderSyncStatus | null
  /** The kitchen has it or may have it: a person must tell them. */
  flagged: boolean
}

type Compensation = { previous: OrderSyncDTO; attempt_id: string } | null

export const cancelOrderSyncStepId = "archidelivery-cancel-order-sync"

const RESTORED = [
  "status",
  "next_attempt_at",
  "cancelled_at",
  "last_error",
  "last_error_kind",
] as const

type Change = {
  outcome: keyof typeof CANCELLED_MESSAGES
  /** Ends the row as `cancelled`; otherwise only `cancelled_at` is written. */
  cancel: boolean
  flagged: boolean
}

/**
 * How a row takes the shop's cancellation. ArchiDelivery has no cancel
 * method, so what was never sent is never sent, and what reached (or may
 * have reached) the kitchen is flagged for a person. A row being sent or
 * reconciled only gets `cancelled_at`: its outcome decides (found in the
 * kitchen: flagged `sent`; not sent: `cancelled` when it is next claimed).
 */
function changeFor(row: OrderSyncDTO): Change | null {
  switch (row.status) {
    case "failed":
      return { outcome: "cancelled", cancel: true, flagged: false }
    case "queued":
      return row.reconcile
        ? { outcome: "cancelled_in_doubt", cancel: false, flagged: true }
        : { outcome: "cancelled", cancel: true, flagged: false }
    case "needs_review":
      return { outcome: "cancelled_in_doubt", cancel: true, flagged: true }
    case "sending":
      return {
        outcome: "cancelled_while_sending",
        cancel: false,
        flagged: false,
      }
    case "sent":
      return { outcome: "cancelled_after_send", cancel: false, flagged: true }
    default:
      return null
  }
}

/**
 * Applies the shop's cancellation to the order's queue row, checked in the
 * same UPDATE that makes it (a drain may claim the row meanwhile: then the
 * row is read again). Idempotent: a row already marked is left alone.
 */
export const cancelOrderSyncStep = createStep(
  cancelOrderSyncStepId,
  async (input: { order_id: string }, { container }) => {
    const service = archiDeliveryService(container)
    for (let tries = 0; tries < 5; tries++) {
      const [row] = (await service.listOrderSyncs({
        order_id: input.order_id,
      })) as unknown as OrderSyncDTO[]
      const change = row && !row.cancelled_at ? changeFor(row) : null
      if (!row || !change) {
        return new StepResponse<CancelOrderSyncResult, Compensation>(
          {
            order_id: input.order_id,
            status: row?.status ?? null,
            flagged: false,
          },
          null
        )
      }
      const message = CANCELLED_MESSAGES[change.outcome]
      const updated = (await service.updateOrderSyncs({
        selector: {
          id: row.id,
          status: row.status,
          reconcile: row.reconcile,
          cancelled_at: null,
        },
        data: {
          cancelled_at: new Date(),
          ...(change.cancel
            ? {
                status: "cancelled",
                next_attempt_at: null,
                last_error: message,
                last_error_kind: change.outcome,
              }
            : {}),
        },
      })) as unknown as OrderSyncDTO[]
      if (!updated.length) {
        continue
      }
      const attempt = await service.createOrderAttempts({
        order_sync_id: row.id,
        outcome: change.outcome,
        message,
      })
      return new StepResponse<CancelOrderSyncResult, Compensation>(
        {
          order_id: input.order_id,
          status: updated[0].status,
          flagged: change.flagged,
        },
        { previous: row, attempt_id: attempt.id }
      )
    }
    throw new Error(
      `order ${input.order_id}: its queue row kept changing; the cancellation was not recorded`
    )
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = archiDeliveryService(container)
    await service.deleteOrderAttempts(compensation.attempt_id)
    const prev = compensation.previous
    await service.updateOrderSyncs({
      id: prev.id,
      ...Object.fromEntries(RESTORED.map((k) => [k, prev[k]])),
    })
  }
)
