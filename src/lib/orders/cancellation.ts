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

/** A queue row as a cancellation reads it. */
export type CancellableRow = {
  status: string
  reconcile: boolean
  cancelled_at: Date | string | null
}

export type Cancellation = {
  outcome: keyof typeof CANCELLED_MESSAGES
  /** Ends the row as `cancelled`; otherwise only `cancelled_at` is written. */
  cancel: boolean
  /** The kitchen has it or may have it: a person must tell them. */
  flagged: boolean
}

/**
 * How a row takes the shop's cancellation; null when it takes none (already
 * marked, or cancelled). ArchiDelivery has no cancel method, so what was
 * never sent is never sent, and what reached (or may have reached) the
 * kitchen is flagged for a person. A row being sent or reconciled only gets
 * `cancelled_at`: its outcome decides (found in the kitchen: flagged `sent`;
 * not sent: `cancelled` when it is next claimed).
 */
export function cancellationOf(row: CancellableRow): Cancellation | null {
  if (row.cancelled_at) {
    return null
  }
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

/** The columns a cancellation writes. */
export function cancellationPatch(change: Cancellation, now: Date) {
  return {
    cancelled_at: now,
    ...(change.cancel
      ? {
          status: "cancelled" as const,
          next_attempt_at: null,
          last_error: CANCELLED_MESSAGES[change.outcome],
          last_error_kind: change.outcome,
        }
      : {}),
  }
}
