import { MedusaError } from "@medusajs/framework/utils"
import { codedError } from "../../../lib/shared/admin-codes"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
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
  data: {
    status: OrderSyncStatus
    archidelivery_order_id?: string
    reconcile?: boolean
    clear_error?: boolean
  }
  attempt: { outcome: string; message: string | null }
}

type Compensation = { previous: OrderSyncDTO; attempt_id: string }

export const changeOrderSyncStepId = "archidelivery-change-order-sync"

const RESTORED = [
  "status",
  "next_attempt_at",
  "reconcile",
  "archidelivery_order_id",
  "sent_at",
  "last_error",
  "last_error_kind",
  "lease_owner",
  "lease_until",
] as const

/**
 * A person's change to a queue row (retry, resolve): only from the allowed
 * states, checked in the same UPDATE that makes it, with an attempt row
 * saying what was done. 404 for an order that was never queued.
 */
export const changeOrderSyncStep = createStep(
  changeOrderSyncStepId,
  async (input: ChangeOrderSyncInput, { container }) => {
    const service = archiDeliveryService(container)
    const [row] = (await service.listOrderSyncs({
      order_id: input.order_id,
    })) as unknown as OrderSyncDTO[]
    if (!row) {
      throw codedError(
        MedusaError.Types.NOT_FOUND,
        "order_not_queued",
        { order_id: input.order_id },
        `order_id: no ArchiDelivery queue entry for order ${input.order_id}`
      )
    }
    const refuse = (status: string) =>
      codedError(
        MedusaError.Types.INVALID_DATA,
        input.action === "resolved" ? "resolve_refused" : "retry_refused",
        { status },
        `status: the order is ${status}; only ${input.from.join(" or ")} orders can be ${input.action}`
      )
    if (!input.from.includes(row.status)) {
      throw refuse(row.status)
    }
    const id = input.data.archidelivery_order_id
    if (id) {
      const [holder] = (await service.listOrderSyncs({
        archidelivery_order_id: id,
      })) as unknown as OrderSyncDTO[]
      if (holder && holder.id !== row.id) {
        throw codedError(
          MedusaError.Types.INVALID_DATA,
          "order_id_taken",
          {
            archidelivery_order_id: id,
            order_id: holder.order_id,
            display_id: holder.display_id ?? "",
          },
          `archidelivery_order_id: ${id} already belongs to order ${holder.order_id}${holder.display_id ? ` (#${holder.display_id})` : ""}`
        )
      }
    }
    const now = new Date()
    const updated = await service.updateOrderSyncs({
      selector: { id: row.id, status: input.from },
      data: {
        status: input.data.status,
        next_attempt_at: null,
        lease_owner: null,
        lease_until: null,
        ...(input.data.reconcile !== undefined
          ? { reconcile: input.data.reconcile }
          : {}),
        ...(id ? { archidelivery_order_id: id, sent_at: now } : {}),
        ...(input.data.clear_error ? { last_error: null } : {}),
        last_error_kind: input.attempt.outcome,
      },
    })
    if (!updated.length) {
      // Changed between the read and the update (a drain or another person).
      const [now_] = (await service.listOrderSyncs({
        id: row.id,
      })) as unknown as OrderSyncDTO[]
      throw refuse(now_?.status ?? "gone")
    }
    const attempt = await service.createOrderAttempts({
      order_sync_id: row.id,
      outcome: input.attempt.outcome,
      message: input.attempt.message,
    })
    return new StepResponse(updated[0] as unknown as OrderSyncDTO, {
      previous: row,
      attempt_id: attempt.id,
    })
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
