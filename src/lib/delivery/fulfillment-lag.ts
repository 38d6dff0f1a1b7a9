import { orderStatusLabel } from "../orders/order-status"
import type { OrderStatusChangedEvent } from "../shared/events"
import type { StatusCodes } from "./fulfillment-plan"

/**
 * A fulfillment lags when a sent order's last kitchen code ships or delivers
 * but Medusa's fulfillment has not caught up with it (the update failed or
 * its event was lost); the status follow-up announces such codes again.
 */

/** A queue row as the lag query selects it. */
export interface LaggingRow {
  order_id: string
  archidelivery_order_id?: string | null
  archidelivery_status?: number | null
}

/** The codes a fulfillment follows, each once. */
export const fulfillmentCodes = ({ shipped, delivered }: StatusCodes) => [
  ...new Set([...shipped, ...delivered]),
]

/** Queue filter: sent rows at one of `codes` that Medusa does not yet agree with. */
export function fulfillmentLagFilter(codes: readonly number[]) {
  return {
    status: "sent" as const,
    $or: codes.map((code) => ({
      archidelivery_status: code,
      $or: [{ fulfilment_status: null }, { fulfilment_status: { $ne: code } }],
    })),
  }
}

/** Rows to read: enough that `limit` remain once the announced orders are skipped. */
export const fulfillmentLagTake = (
  limit: number,
  announced: readonly Pick<OrderStatusChangedEvent, "order_id">[]
) => limit + new Set(announced.map((e) => e.order_id)).size

/** The rows as status events to send again, `limit` of them, skipping orders already announced. */
export function fulfillmentLagEvents(
  rows: readonly LaggingRow[],
  announced: readonly Pick<OrderStatusChangedEvent, "order_id">[],
  limit: number
): OrderStatusChangedEvent[] {
  const skip = new Set(announced.map((e) => e.order_id))
  return rows
    .filter((r) => !skip.has(r.order_id))
    .slice(0, limit)
    .map((r) => ({
      order_id: r.order_id,
      archidelivery_order_id: r.archidelivery_order_id!,
      status: r.archidelivery_status!,
      previous_status: r.archidelivery_status!,
      label: orderStatusLabel(r.archidelivery_status),
    }))
}
