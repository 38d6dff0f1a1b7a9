import { ArchiDeliveryError } from "../archidelivery"
import { OrderPayloadError } from "./order-payload"

/** First wait after a connection failure; it doubles per attempt up to the cap. */
export const BASE_BACKOFF_SECONDS = 15

/** Undecidable look-ups before a person must decide (needs_review). */
export const RECONCILE_MAX_TRIES = 3

/** Margin a slow server gets, beyond our reply timeout, to commit an order we gave up on. */
export const RECONCILE_GRACE_EXTRA_MS = 60_000

export interface BackoffOptions {
  maxBackoffSeconds: number
  baseSeconds?: number
  /** 0..1; Math.random by default, a fixed value in tests. */
  random?: () => number
}

/**
 * Milliseconds to wait before attempt `attempt + 1`: base·2^(attempt−1),
 * spread ±20 % so orders that failed together do not retry together, never
 * above the cap. There is no attempt limit: an order is never dropped
 * because the back office was down for long.
 */
export function backoffMs(attempt: number, opts: BackoffOptions): number {
  const base = (opts.baseSeconds ?? BASE_BACKOFF_SECONDS) * 1000
  const cap = opts.maxBackoffSeconds * 1000
  const n = Math.max(1, Math.floor(attempt))
  // 2^30 is far past any cap; the exponent stops growing there.
  const raw = base * 2 ** Math.min(n - 1, 30)
  const jitter = 0.8 + 0.4 * (opts.random ?? Math.random)()
  return Math.round(Math.min(cap, raw * jitter))
}

export function nextAttemptAt(
  attempt: number,
  opts: BackoffOptions,
  now = new Date()
): Date {
  return new Date(now.getTime() + backoffMs(attempt, opts))
}

/**
 * How long after an attempt of unknown outcome we keep looking before
 * calling the order absent: a slow server may commit it after we gave up.
 */
export function reconcileGraceMs(opts: { replyTimeoutMs: number }) {
  return opts.replyTimeoutMs + RECONCILE_GRACE_EXTRA_MS
}

/**
 * What a push attempt's outcome does to the queue row (the README's table):
 * - `sent`: ArchiDelivery answered with an OrderId.
 * - `retry`: the request never reached ArchiDelivery; stays queued, backoff.
 * - `failed`: refused or unmappable (no OrderId, Errors/Warn, RESULT not OK,
 *   an unmapped item, invalid data); a person must look.
 * - `reconcile`: the request may have created the order (timeout or reset
 *   after sending, 5xx, an unreadable or unexpected neworder reply); look it
 *   up, never resend blindly.
 */
export type PushDecision = "sent" | "retry" | "failed" | "reconcile"

export interface ClassifiedError {
  decision: Exclude<PushDecision, "sent">
  /** Stored as the attempt's outcome and the row's last_error_kind. */
  kind: string
  message: string
}

/** Classifies an error thrown while pushing; unknown errors are rethrown. */
export function classifyPushError(error: unknown): ClassifiedError {
  if (error instanceof OrderPayloadError) {
    return { decision: "failed", kind: "invalid_data", message: error.message }
  }
  if (!(error instanceof ArchiDeliveryError)) {
    throw error
  }
  const message = error.message
  switch (error.kind) {
    case "unreachable":
      return { decision: "retry", kind: "unreachable", message }
    case "unknown_outcome":
      return { decision: "reconcile", kind: "unknown_outcome", message }
    case "invalid_reply":
      // A neworder reply we cannot read may still have created the order.
      return error.method === "neworder"
        ? { decision: "reconcile", kind: "unknown_outcome", message }
        : { decision: "failed", kind: "invalid_reply", message }
    case "rejected":
    default:
      return { decision: "failed", kind: "rejected", message }
  }
}

/**
 * A look-up (client by phone, reconciliation) is a read: it can be repeated
 * safely, so a connection failure, a timeout or a 5xx only means "ask again
 * later" (`wait`). A refusal or a reply we cannot use is `undecidable`.
 */
export function classifyLookupError(error: unknown): {
  decision: "wait" | "undecidable"
  kind: string
  message: string
} {
  if (!(error instanceof ArchiDeliveryError)) {
    throw error
  }
  if (error.kind === "unreachable" || error.kind === "unknown_outcome") {
    return { decision: "wait", kind: error.kind, message: error.message }
  }
  return { decision: "undecidable", kind: error.kind, message: error.message }
}

/**
 * First look-up after an attempt of unknown outcome. An order the server
 * committed is visible at once, so looking soon finds most of them; proving
 * one absent still waits for the grace period.
 */
export const RECONCILE_FIRST_CHECK_MS = 2_000
