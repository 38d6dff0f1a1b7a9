import type { OrderSync } from "./types"

/** Why an order the shop cancelled still needs a person. */
export type CancelledFlag = "after_send" | "in_doubt"

/**
 * ArchiDelivery cannot cancel an order: one the kitchen has (`after_send`)
 * or may have (`in_doubt`) must be called off by a person. An order
 * cancelled before it was sent needs nothing.
 */
export function cancelledFlag(
  row: Pick<OrderSync, "status" | "cancelled_at" | "last_error_kind">
): CancelledFlag | null {
  if (!row.cancelled_at) {
    return null
  }
  if (row.status === "sent") {
    return "after_send"
  }
  if (row.status === "cancelled") {
    return row.last_error_kind === "cancelled_in_doubt" ? "in_doubt" : null
  }
  // Still being sent or looked up: ArchiDelivery may get it.
  return "in_doubt"
}
