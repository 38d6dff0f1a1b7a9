import { MedusaError } from "@medusajs/framework/utils"
import { codedError } from "../shared/admin-codes"

/*
 * A person's change to a queue row (retry, resolve): the refusals the admin
 * shows, and the columns the change writes.
 */

/** What the change makes of the row. */
export type ManualChange<S extends string = string> = {
  status: S
  archidelivery_order_id?: string
  reconcile?: boolean
  clear_error?: boolean
}

/** 404 for an order that was never queued. */
export const orderNotQueued = (orderId: string) =>
  codedError(
    MedusaError.Types.NOT_FOUND,
    "order_not_queued",
    { order_id: orderId },
    `order_id: no ArchiDelivery queue entry for order ${orderId}`
  )

/** 400 naming the row's state, which the change does not apply to. */
export const changeRefused = (
  action: string,
  from: readonly string[],
  status: string
) =>
  codedError(
    MedusaError.Types.INVALID_DATA,
    action === "resolved" ? "resolve_refused" : "retry_refused",
    { status },
    `status: the order is ${status}; only ${from.join(" or ")} orders can be ${action}`
  )

/** 400: another order's row already holds this ArchiDelivery id. */
export const orderIdTaken = (
  id: string,
  holder: { order_id: string; display_id: number | null }
) =>
  codedError(
    MedusaError.Types.INVALID_DATA,
    "order_id_taken",
    {
      archidelivery_order_id: id,
      order_id: holder.order_id,
      display_id: holder.display_id ?? "",
    },
    `archidelivery_order_id: ${id} already belongs to order ${holder.order_id}${holder.display_id ? ` (#${holder.display_id})` : ""}`
  )

/**
 * The columns a change writes: due now and unclaimed, the id entered as sent
 * now, the error cleared when asked, the attempt's outcome as the row's kind.
 */
export function manualChangePatch<S extends string>(
  data: ManualChange<S>,
  outcome: string,
  now: Date
) {
  const id = data.archidelivery_order_id
  return {
    status: data.status,
    next_attempt_at: null,
    lease_owner: null,
    lease_until: null,
    ...(data.reconcile !== undefined ? { reconcile: data.reconcile } : {}),
    ...(id ? { archidelivery_order_id: id, sent_at: now } : {}),
    ...(data.clear_error ? { last_error: null } : {}),
    last_error_kind: outcome,
  }
}
