import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  changeRefused,
  manualChangePatch,
  orderIdTaken,
  orderNotQueued,
  type ManualChange,
} from "../../../lib/orders/manual-change"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type {
  OrderSyncDTO,
  OrderSyncStatus,
} from "../../../modules/archidelivery/types"

export type ChangeOrderSyncInput = {
  order_id: string
  /** The states the change applies to; any other answers 400 naming the state. */
  from: OrderSyncStatus[]
  /** What the action is called in messages ("retried", "resolved"). */
  action: string
  data: ManualChange<OrderSyncStatus>
  attempt: { outcome: string; message: string | null }
}

/** What undoes a change: the row as it was and the attempt that recorded it. */
export type OrderSyncUndo = { previous: OrderSyncDTO; attempt_id: string }

/** A compensation that deletes the change's attempt and puts these columns back. */
export const undoOrderSyncChange =
  (columns: readonly (keyof OrderSyncDTO)[]) =>
  async (
    undo: OrderSyncUndo | null | undefined,
    { container }: { container: MedusaContainer }
  ) => {
    if (!undo) {
      return
    }
    const service = archiDeliveryService(container)
    await service.deleteOrderAttempts(undo.attempt_id)
    const prev = undo.previous
    await service.updateOrderSyncs({
      id: prev.id,
      ...Object.fromEntries(columns.map((k) => [k, prev[k]])),
    })
  }

export const changeOrderSyncStepId = "archidelivery-change-order-sync"

/**
 * A person's change to a queue row (retry, resolve): only from the allowed
 * states, checked in the same UPDATE that makes it, with an attempt row
 * saying what was done. 404 for an order that was never queued.
 */
export const changeOrderSyncStep = createStep(
  changeOrderSyncStepId,
  async (input: ChangeOrderSyncInput, { container }) => {
    const service = archiDeliveryService(container)
    const rowOf = async (filter: object) =>
      (await service.listOrderSyncs(filter))[0]
    const row = await rowOf({ order_id: input.order_id })
    if (!row) {
      throw orderNotQueued(input.order_id)
    }
    if (!input.from.includes(row.status)) {
      throw changeRefused(input.action, input.from, row.status)
    }
    const id = input.data.archidelivery_order_id
    const holder = id ? await rowOf({ archidelivery_order_id: id }) : null
    if (id && holder && holder.id !== row.id) {
      throw orderIdTaken(id, holder)
    }
    const updated = await service.updateOrderSyncs({
      selector: { id: row.id, status: input.from },
      data: manualChangePatch(input.data, input.attempt.outcome, new Date()),
    })
    if (!updated.length) {
      // Changed between the read and the update (a drain or another person).
      const now = await rowOf({ id: row.id })
      throw changeRefused(input.action, input.from, now?.status ?? "gone")
    }
    const attempt = await service.createOrderAttempts({
      order_sync_id: row.id,
      outcome: input.attempt.outcome,
      message: input.attempt.message,
    })
    return new StepResponse(updated[0], {
      previous: row,
      attempt_id: attempt.id,
    })
  },
  undoOrderSyncChange([
    "status",
    "next_attempt_at",
    "reconcile",
    "archidelivery_order_id",
    "sent_at",
    "last_error",
    "last_error_kind",
    "lease_owner",
    "lease_until",
  ])
)
