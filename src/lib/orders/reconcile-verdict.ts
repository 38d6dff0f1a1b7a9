import type { ArchiExchange } from "../archidelivery"
import { attemptFrom, type AttemptRecord, type PastAttempt } from "./attempts"
import {
  doubtfulOutcome,
  resendOutcome,
  reviewOutcome,
  sentOutcome,
  type ClaimOutcome,
} from "./outcomes"
import type { PointSearch } from "./point-search"
import {
  backoffMs,
  RECONCILE_MAX_TRIES,
  reconcileGraceMs,
} from "./queue-policy"
import { judgeCandidate, type OrderFacts } from "./reconcile-match"

/*
 * RECONCILIATION — what happens to an order whose send had an unknown
 * outcome (timeout or reset after sending, 5xx, an unreadable reply) or
 * whose worker died mid-send (its lease expired). Such an order is never
 * resent blindly; it is looked up first:
 *
 * 1. An earlier attempt of the row whose neworder reply holds an OrderId
 *    means the order was sent: `sent` with that id, nothing looked up.
 * 2. Without `pointId` nothing can be looked up: `needs_review` at once.
 * 3. `getorderbypoint(pointId, status)` for every known status code
 *    (12, 2, 3, 4, 5, 6, 7, 9). Every order listed there that is not clearly
 *    older than the Medusa order (a day of slack for the server's clock;
 *    dates as a Windows server writes them, see parseServerTime) is a
 *    candidate, newest first, at most `queue.reconcileMaxCandidates` a try.
 *    An id another queue row holds is still a candidate: the back office may
 *    hand out an id again (its database restored or switched), so a match
 *    found that way is recorded as sent and flagged as a reused id.
 * 4. `getorderdata(id)` for each candidate. A candidate is THE order when its
 *    COMMENT ends with the marker `#<display_id>` (as a whole word) AND its
 *    PHONE is the order's phone (compared as E.164) or, for a `type=1` send,
 *    its CLIENTID is the client we named.
 * 5. Exactly one match → `sent` with that id. Several matches → undecidable.
 *    No match, but a candidate replied without COMMENT (or a matching one
 *    without PHONE, or the marker under another phone and client), or more
 *    candidates than one try reads → undecidable.
 * 6. No match and every look-up answered → the order is absent. It is queued
 *    to be sent again ONLY once a grace period (replyTimeoutMs + 60 s) has
 *    passed since the doubtful attempt, because a slow server may still
 *    commit it; before that the row waits (`queued`, `reconcile = true`,
 *    `next_attempt_at` = end of the grace period) and is looked up again.
 *    For a lost lease the moment the lease was found expired counts as the
 *    doubtful attempt (`lease_expired` in the attempt log). All of these
 *    times are the database's clock, as the queue's own are.
 * 7. "Absent" is only proof while the lookup is proven: the status follow-up
 *    has seen this very lookup find an order we sent at this point (see
 *    check-order-lookup). Otherwise the row goes to `needs_review`, saying
 *    why the lookup is not proven.
 * 8. A look-up that could not be made (connection refused, timeout, 5xx)
 *    proves nothing: the row waits (`queued`, `reconcile = true`, backoff);
 *    after `queue.lookupMaxWaits` such tries it goes to `needs_review`.
 * 9. An undecidable try (refused look-ups, replies without COMMENT, several
 *    matches) is retried with backoff; the third one makes the row
 *    `needs_review`, for a person to retry (send again) or resolve (enter
 *    the ArchiDelivery order id).
 */

/** Row kinds our own reconciliation wrote; any other kind on a reconcile row means a lost lease. */
export const RECONCILE_KINDS = [
  "unknown_outcome",
  "reconcile_pending",
  "reconcile_undecidable",
  "reconcile_unreachable",
] as const

/** An attempt of the row's history with the time it was written. */
export type DatedAttempt = PastAttempt & { created_at: Date | string }

/** Where a reconciliation try starts from, read off the row's history. */
export type DoubtStart = {
  /** When the doubtful attempt happened (ms, the database's clock). */
  anchor: number
  /** No recorded doubtful attempt: a lost lease, so now counts as one. */
  leaseLost: boolean
  /** Undecidable tries since the doubtful attempt. */
  tries: number
  /** Useless answers since it; a closed port is the back office being down. */
  waits: number
}

/** When the doubtful attempt happened: our own record of it, or now for a lost lease. */
export function doubtStart(
  history: DatedAttempt[],
  lastErrorKind: string | null,
  now: number
): DoubtStart {
  const trusted = (RECONCILE_KINDS as readonly string[]).includes(
    lastErrorKind ?? ""
  )
  const anchorRow = trusted
    ? history.find((a) =>
        ["unknown_outcome", "lease_expired"].includes(a.outcome)
      )
    : undefined
  const anchor = anchorRow ? new Date(anchorRow.created_at).getTime() : now
  const since = (outcome: string) =>
    history.filter(
      (a) => a.outcome === outcome && new Date(a.created_at).getTime() >= anchor
    ).length
  return {
    anchor,
    leaseLost: !anchorRow,
    tries: since("reconcile_undecidable"),
    waits: since("reconcile_no_answer"),
  }
}

/** Everything one reconciliation try decides on. */
export type ReconcileInput = Omit<DoubtStart, "leaseLost"> & {
  displayId: number | null
  /** The order's phone in E.164, null when it has none. */
  phone: string | null
  /** The client a `type=1` send of the row named. */
  clientId: string | null
  defaultCountry: string
  /** The configured point, trimmed; null when there is none. */
  pointId: string | null
  /** An OrderId an earlier neworder reply of the row already holds. */
  ownOrderId: string | null
  /** The point's look-ups; null when none were made (see needsPointSearch). */
  search: PointSearch | null
  /** The point's stored lookup proof; null when none was ever checked. */
  proof: { proven: boolean; reason: string | null } | null
  /** The database's now (ms). */
  now: number
  /** The row's attempt count: a look-up without an answer backs off on it. */
  attempts: number
  replyTimeoutMs: number
  lookupMaxWaits: number
}

/** What the row becomes: the verdict of one reconciliation try. */
export type ReconcileVerdict =
  /** The kitchen has it. */
  | { kind: "sent"; orderId: string; detail: string }
  /** Proven absent, the grace period over: send it again. */
  | { kind: "resend"; detail: string }
  /** Absent so far, but a slow server may still commit it: look again then. */
  | { kind: "wait_grace"; detail: string; until: number }
  /** No usable answer: look again after a backoff counted on `backoff`. */
  | {
      kind: "wait"
      answered: boolean
      detail: string
      exchange?: ArchiExchange
      backoff: number
    }
  /** Undecidable this try: look again after a backoff counted on `backoff`. */
  | { kind: "retry"; detail: string; exchange?: ArchiExchange; backoff: number }
  /** Nobody can tell: a person decides. */
  | { kind: "needs_review"; reason: string; exchange?: ArchiExchange }

/** What the look-ups say on their own, before grace, proof and limits. */
type Finding =
  | { kind: "found"; orderId: string; detail: string }
  | { kind: "absent"; detail: string }
  | { kind: "undecidable"; detail: string; exchange?: ArchiExchange }
  | {
      kind: "wait"
      detail: string
      exchange?: ArchiExchange
      answered: boolean
    }

/** Whether the point must be searched: no earlier reply holds the id and it can be looked for. */
export function needsPointSearch(
  input: Pick<ReconcileInput, "ownOrderId" | "displayId" | "pointId">
): boolean {
  return !input.ownOrderId && input.displayId !== null && !!input.pointId
}

const graceEnd = (input: ReconcileInput) =>
  input.anchor + reconcileGraceMs({ replyTimeoutMs: input.replyTimeoutMs })

/** Whether the lookup proof decides: the order looks absent and the grace period is over. */
export function needsLookupProof(input: ReconcileInput): boolean {
  return findingOf(input).kind === "absent" && input.now >= graceEnd(input)
}

function findingOf(input: ReconcileInput): Finding {
  const own = input.ownOrderId
  if (own) {
    return {
      kind: "found",
      orderId: own,
      detail: `an earlier attempt's reply already holds ArchiDelivery order ${own}`,
    }
  }
  if (input.displayId === null) {
    return {
      kind: "undecidable",
      detail: "the row has no display id to look for",
    }
  }
  if (!input.pointId) {
    return {
      kind: "undecidable",
      detail: "no pointId configured: orders cannot be looked up",
    }
  }
  if (!input.search) {
    return { kind: "undecidable", detail: "the point was not looked up" }
  }
  if ("failed" in input.search) {
    const { decision, ...failed } = input.search.failed
    return { kind: decision, ...failed }
  }
  return judgeSearch(
    input.search,
    {
      displayId: input.displayId,
      phone: input.phone,
      clientId: input.clientId,
      defaultCountry: input.defaultCountry,
    },
    input.pointId
  )
}

function judgeSearch(
  search: Exclude<PointSearch, { failed: unknown }>,
  facts: OrderFacts,
  pointId: string
): Finding {
  const { pick } = search
  const matches: string[] = []
  const foreign: string[] = []
  let blind = 0
  pick.ids.forEach((id, i) => {
    const judged = judgeCandidate(search.read[i], facts)
    if (judged === "match") {
      matches.push(id)
    } else if (judged === "foreign") {
      // Our marker under another phone and client is not proof of absence:
      // resending could double the order.
      foreign.push(id)
    } else if (judged === "blind") {
      blind++
    }
  })
  const searched = `${pick.ids.length} candidate(s) at point ${pointId}`
  if (matches.length === 1) {
    return {
      kind: "found",
      orderId: matches[0],
      detail: `found as ArchiDelivery order ${matches[0]}`,
    }
  }
  if (matches.length > 1) {
    return {
      kind: "undecidable",
      detail: `several ArchiDelivery orders carry #${facts.displayId}: ${matches.join(", ")}`,
    }
  }
  if (foreign.length) {
    return {
      kind: "undecidable",
      detail: `ArchiDelivery order(s) ${foreign.join(", ")} carry #${facts.displayId} with another phone`,
    }
  }
  if (blind) {
    return {
      kind: "undecidable",
      detail: `${blind} of ${searched} replied without COMMENT or PHONE`,
    }
  }
  if (pick.total > pick.ids.length) {
    return {
      kind: "undecidable",
      detail: `not found among the newest ${searched}, but ${pick.total} are listed (queue.reconcileMaxCandidates)`,
    }
  }
  return { kind: "absent", detail: `not found among ${searched}` }
}

/** Decides what a doubtful order's row becomes (the block above). */
export function reconcileVerdict(input: ReconcileInput): ReconcileVerdict {
  const found = findingOf(input)
  switch (found.kind) {
    case "found":
      return { kind: "sent", orderId: found.orderId, detail: found.detail }
    case "absent": {
      const until = graceEnd(input)
      if (input.now < until) {
        return { kind: "wait_grace", detail: found.detail, until }
      }
      if (!input.proof?.proven) {
        return {
          kind: "needs_review",
          reason: `${found.detail}, but that proves nothing: the lookup has not been seen to find an order we sent (${input.proof?.reason ?? "no sent order checked yet"})`,
        }
      }
      return { kind: "resend", detail: found.detail }
    }
    case "wait":
      if (found.answered && input.waits + 1 >= input.lookupMaxWaits) {
        return {
          kind: "needs_review",
          reason: `no usable answer to ${input.waits + 1} look-ups (queue.lookupMaxWaits); last: ${found.detail}`,
          exchange: found.exchange,
        }
      }
      return { ...found, backoff: input.attempts }
    case "undecidable":
    default:
      // No pointId cannot change without a restart: asking twice more is pointless.
      if (
        !input.pointId ||
        input.displayId === null ||
        input.tries + 1 >= RECONCILE_MAX_TRIES
      ) {
        return {
          kind: "needs_review",
          reason: found.detail,
          exchange: found.exchange,
        }
      }
      return {
        kind: "retry",
        detail: found.detail,
        exchange: found.exchange,
        backoff: input.tries + 1,
      }
  }
}

/** Said in the log when no doubtful attempt was recorded. */
export const LEASE_LOST_MESSAGE =
  "the last send ended without a recorded outcome (a lost lease or an internal error); looking the order up"

/** The row state and attempt log a verdict writes. */
export function reconcileOutcome(
  verdict: ReconcileVerdict,
  ctx: {
    now: number
    leaseLost: boolean
    /** Other orders whose rows hold the id found (the back office reused it). */
    reusedBy: string[]
    maxBackoffSeconds: number
    random?: () => number
  }
): ClaimOutcome {
  const record = (
    outcome: string,
    detail: string,
    exchange?: ArchiExchange
  ): AttemptRecord[] => [
    ...(ctx.leaseLost
      ? [attemptFrom("lease_expired", LEASE_LOST_MESSAGE)]
      : []),
    attemptFrom(outcome, detail, exchange),
  ]
  const iso = (ms: number) => new Date(ms).toISOString()
  const backoff = (n: number) =>
    iso(
      ctx.now +
        backoffMs(n, {
          maxBackoffSeconds: ctx.maxBackoffSeconds,
          random: ctx.random,
        })
    )
  switch (verdict.kind) {
    case "sent": {
      // The back office handed this id out again: shown, never a reason to resend.
      const reused = ctx.reusedBy.length
        ? `; the id is also held by order ${ctx.reusedBy.join(", ")} (ArchiDelivery reused it)`
        : ""
      const detail = verdict.detail + reused
      return sentOutcome(
        verdict.orderId,
        iso(ctx.now),
        record("reconciled_found", detail),
        reused
          ? { kind: "archidelivery_id_reused", message: detail }
          : undefined
      )
    }
    case "resend":
      return resendOutcome(
        `reconciled: ${verdict.detail}`,
        record(
          "reconciled_absent",
          `${verdict.detail}; queued to be sent again`
        )
      )
    case "wait_grace": {
      const message = `${verdict.detail}; waiting until ${iso(verdict.until)} in case the server still commits it`
      return doubtfulOutcome(
        "reconcile_pending",
        message,
        iso(verdict.until),
        record("reconcile_pending", message)
      )
    }
    case "wait":
      return doubtfulOutcome(
        "reconcile_unreachable",
        verdict.detail,
        backoff(verdict.backoff),
        verdict.answered
          ? record("reconcile_no_answer", verdict.detail, verdict.exchange)
          : record("reconcile_unreachable", verdict.detail, verdict.exchange)
      )
    case "retry":
      return doubtfulOutcome(
        "reconcile_undecidable",
        verdict.detail,
        backoff(verdict.backoff),
        record("reconcile_undecidable", verdict.detail, verdict.exchange)
      )
    case "needs_review":
    default:
      return reviewOutcome(
        verdict.reason,
        record("needs_review", verdict.reason, verdict.exchange)
      )
  }
}
