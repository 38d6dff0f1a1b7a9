import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  CANCELLED_MESSAGES,
  cancellationOf,
  cancellationPatch,
} from "../../../lib/orders/cancellation"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type { OrderSyncStatus } from "../../../modules/archidelivery/types"
import { undoOrderSyncChange, type OrderSyncUndo } from "./change-order-sync"

export type CancelOrderSyncInput = { order_id: string }

export type CancelOrderSyncResult = {
  order_id: string
  /** The row's status now; null when the order was never queued. */
  status: OrderSyncStatus | null
  /** The kitchen has it or may have it: a person must tell them. */
  flagged: boolean
}

export const cancelOrderSyncStepId = "archidelivery-cancel-order-sync"

/** Applies the shop's cancellation to the order's queue row (cancellationOf); idempotent. */
export const cancelOrderSyncStep = createStep(
  cancelOrderSyncStepId,
  async (input: CancelOrderSyncInput, { container }) => {
    const service = archiDeliveryService(container)
    const result = (
      row: { status: OrderSyncStatus } | undefined,
      flagged = false
    ) => ({ order_id: input.order_id, status: row?.status ?? null, flagged })
    // Checked in the UPDATE that makes it: a drain may claim the row meanwhile,
    // then the row is read again.
    for (let tries = 0; tries < 5; tries++) {
      const [row] = await service.listOrderSyncs({
        order_id: input.order_id,
      })
      const change = row ? cancellationOf(row) : null
      if (!row || !change) {
        return new StepResponse<CancelOrderSyncResult, OrderSyncUndo | null>(
          result(row),
          null
        )
      }
      const { id, status, reconcile } = row
      const updated = await service.updateOrderSyncs({
        selector: { id, status, reconcile, cancelled_at: null },
        data: cancellationPatch(change, new Date()),
      })
      if (!updated.length) {
        continue
      }
      const attempt = await service.createOrderAttempts({
        order_sync_id: row.id,
        outcome: change.outcome,
        message: CANCELLED_MESSAGES[change.outcome],
      })
      return new StepResponse<CancelOrderSyncResult, OrderSyncUndo | null>(
        result(updated[0], change.flagged),
        { previous: row, attempt_id: attempt.id }
      )
    }
    throw new Error(
      `order ${input.order_id}: its queue row kept changing; the cancellation was not recorded`
    )
  },
  undoOrderSyncChange([
    "status",
    "next_attempt_at",
    "cancelled_at",
    "last_error",
    "last_error_kind",
  ])
)
