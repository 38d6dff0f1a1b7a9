import type { AttemptRecord } from "./attempts"

/** Where a claim leaves its row: any status but `sending`. */
export type OutcomeStatus =
  "queued" | "sent" | "failed" | "needs_review" | "cancelled"

/** What a push or a reconciliation decided for its claimed row (dates as ISO strings). */
export type ClaimOutcome = {
  /** Give the row back untried (its lease is too short to send safely). */
  release?: boolean
  patch: {
    status: OutcomeStatus
    next_attempt_at?: string | null
    reconcile?: boolean
    archidelivery_order_id?: string | null
    sent_at?: string | null
    cancelled_at?: string | null
    last_error?: string | null
    last_error_kind?: string | null
  }
  attempts: AttemptRecord[]
}

/*
 * Every row state a claim can end in, built in one place so a push, a
 * reconciliation and the drain write the same fields for the same state.
 */

/** The kitchen has the order: `sent` with its id; a flag keeps the row shown. */
export function sentOutcome(
  orderId: string,
  sentAt: string,
  attempts: AttemptRecord[],
  flag?: { kind: string; message: string }
): ClaimOutcome {
  return {
    patch: {
      status: "sent",
      archidelivery_order_id: orderId,
      sent_at: sentAt,
      reconcile: false,
      next_attempt_at: null,
      last_error: flag?.message ?? null,
      last_error_kind: flag?.kind ?? null,
    },
    attempts,
  }
}

/** Nothing reached the kitchen: queued again after `nextAt`. */
export function retryOutcome(
  kind: string,
  message: string,
  nextAt: string,
  attempts: AttemptRecord[]
): ClaimOutcome {
  return {
    patch: {
      status: "queued",
      next_attempt_at: nextAt,
      last_error: message,
      last_error_kind: kind,
    },
    attempts,
  }
}

/** The kitchen may have the order: looked up at `nextAt`, never resent blindly. */
export function doubtfulOutcome(
  kind: string,
  message: string,
  nextAt: string,
  attempts: AttemptRecord[]
): ClaimOutcome {
  const { patch } = retryOutcome(kind, message, nextAt, attempts)
  return { patch: { ...patch, reconcile: true }, attempts }
}

/** Proven absent from the kitchen: queued to be sent again now. */
export function resendOutcome(
  message: string,
  attempts: AttemptRecord[]
): ClaimOutcome {
  return {
    patch: {
      status: "queued",
      reconcile: false,
      next_attempt_at: null,
      last_error: message,
      last_error_kind: "reconciled_absent",
    },
    attempts,
  }
}

/** Refused or unmappable: a person must look before it is sent again. */
export function failedOutcome(
  kind: string,
  message: string,
  attempts: AttemptRecord[]
): ClaimOutcome {
  return {
    patch: {
      status: "failed",
      next_attempt_at: null,
      last_error: message,
      last_error_kind: kind,
    },
    attempts,
  }
}

/** Nobody can tell whether the kitchen has it: a person decides. */
export function reviewOutcome(
  message: string,
  attempts: AttemptRecord[]
): ClaimOutcome {
  return {
    patch: {
      status: "needs_review",
      reconcile: true,
      next_attempt_at: null,
      last_error: message,
      last_error_kind: "needs_review",
    },
    attempts,
  }
}

/** The shop cancelled it before it was sent: never sent. */
export function cancelledOutcome(
  message: string,
  cancelledAt: string,
  attempts: AttemptRecord[]
): ClaimOutcome {
  return {
    patch: {
      status: "cancelled",
      next_attempt_at: null,
      cancelled_at: cancelledAt,
      last_error: message,
      last_error_kind: "cancelled",
    },
    attempts,
  }
}

/** Given back untried: queued as it was, nothing recorded. */
export function releaseOutcome(): ClaimOutcome {
  return { release: true, patch: { status: "queued" }, attempts: [] }
}

const toDate = (v: string | null | undefined) =>
  v === undefined ? undefined : v === null ? null : new Date(v)

/** An outcome's patch with its ISO strings as the dates the database takes. */
export function patchWithDates(patch: ClaimOutcome["patch"]) {
  const { next_attempt_at, sent_at, cancelled_at, ...rest } = patch
  return {
    ...rest,
    next_attempt_at: toDate(next_attempt_at),
    sent_at: toDate(sent_at),
    cancelled_at: toDate(cancelled_at),
  }
}
