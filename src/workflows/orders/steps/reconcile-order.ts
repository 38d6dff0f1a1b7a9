import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type {
  ArchiDeliveryClient,
  ArchiExchange,
  Row,
} from "../../../lib/archidelivery"
import { KNOWN_ORDER_STATUSES } from "../../../lib/orders/order-status"
import {
  backoffMs,
  classifyLookupError,
  RECONCILE_MAX_TRIES,
  reconcileGraceMs,
} from "../../../lib/orders/queue-policy"
import {
  attemptFrom,
  clientIdFromAttempts,
  orderIdFromAttempts,
  type AttemptRecord,
  type PastAttempt,
} from "../../../lib/orders/attempts"
import type { ClaimedOrderSync } from "../../../lib/orders/claim"
import type { ClaimOutcome } from "../../../lib/orders/outcomes"
import {
  judgeCandidate,
  pickCandidates,
  type OrderFacts,
} from "../../../lib/orders/reconcile-match"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type ArchiDeliveryModuleService from "../../../modules/archidelivery/service"

/** Row kinds our own reconciliation wrote; any other kind on a reconcile row means a lost lease. */
const RECONCILE_KINDS = [
  "unknown_outcome",
  "reconcile_pending",
  "reconcile_undecidable",
  "reconcile_unreachable",
] as const

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
 *    prove-order-lookup). Otherwise the row goes to `needs_review`, saying
 *    why the lookup is not proven.
 * 8. A look-up that could not be made (connection refused, timeout, 5xx)
 *    proves nothing: the row waits (`queued`, `reconcile = true`, backoff);
 *    after `queue.lookupMaxWaits` such tries it goes to `needs_review`.
 * 9. An undecidable try (refused look-ups, replies without COMMENT, several
 *    matches) is retried with backoff; the third one makes the row
 *    `needs_review`, for a person to retry (send again) or resolve (enter
 *    the ArchiDelivery order id).
 */

export type ReconcileOrderInput = {
  order_sync: ClaimedOrderSync
  /** The order's phone in E.164, null when it has none. */
  phone: string | null
}

type Verdict =
  | { kind: "found"; orderId: string; detail: string }
  | { kind: "absent"; detail: string }
  | { kind: "undecidable"; detail: string; exchange?: ArchiExchange }
  | {
      kind: "wait"
      detail: string
      exchange?: ArchiExchange
      /** The server answered, but uselessly (5xx, timeout, unreadable). */
      answered?: boolean
    }

export const reconcileOrderStepId = "archidelivery-reconcile-order"

const DAY_MS = 24 * 60 * 60 * 1000

type LookupFailure = {
  failed: Extract<Verdict, { kind: "wait" | "undecidable" }>
}

async function ask<T>(
  what: string,
  call: () => Promise<T>
): Promise<T | LookupFailure> {
  try {
    return await call()
  } catch (e) {
    const judged = classifyLookupError(e)
    return {
      failed: {
        kind: judged.decision,
        answered: judged.kind !== "unreachable",
        detail: `${what}: ${judged.message}`,
        exchange: (e as { exchange?: ArchiExchange }).exchange,
      },
    }
  }
}

const isFailure = (v: unknown): v is LookupFailure =>
  !!v && typeof v === "object" && "failed" in (v as object)

/** The database's clock: the queue compares every due time with its now(). */
async function databaseNow(container: MedusaContainer): Promise<number> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const result = await pg.raw("SELECT now() AS now")
  return new Date(result.rows[0].now).getTime()
}

async function lookUp(
  client: ArchiDeliveryClient,
  sync: ClaimedOrderSync,
  facts: OrderFacts,
  pointId: string,
  maxCandidates: number
): Promise<Verdict> {
  const notBefore = new Date(sync.created_at).getTime() - DAY_MS
  const listed: Row[] = []
  for (const status of KNOWN_ORDER_STATUSES) {
    const rows = await ask(`getorderbypoint ${pointId}/${status}`, () =>
      client.getOrderByPoint(pointId, status)
    )
    if (isFailure(rows)) {
      return rows.failed
    }
    listed.push(...rows)
  }
  const pick = pickCandidates(listed, { notBefore, max: maxCandidates })
  const matches: string[] = []
  const foreign: string[] = []
  let blind = 0
  for (const id of pick.ids) {
    const data = await ask(`getorderdata ${id}`, () => client.getOrderData(id))
    if (isFailure(data)) {
      return data.failed
    }
    const judged = judgeCandidate(data, facts)
    if (judged === "match") {
      matches.push(id)
    } else if (judged === "foreign") {
      // Our marker under another phone and client is not proof of absence:
      // resending could double the order.
      foreign.push(id)
    } else if (judged === "blind") {
      blind++
    }
  }
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
      detail: `several ArchiDelivery orders carry #${sync.display_id}: ${matches.join(", ")}`,
    }
  }
  if (foreign.length) {
    return {
      kind: "undecidable",
      detail: `ArchiDelivery order(s) ${foreign.join(", ")} carry #${sync.display_id} with another phone`,
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

/** The stored lookup proof of a point; unproven when none was ever checked. */
async function lookupProof(
  service: ArchiDeliveryModuleService,
  pointId: string
): Promise<{ proven: boolean; reason: string | null }> {
  const [proof] = await service.listLookupProofs({ point_id: pointId })
  return proof
    ? { proven: proof.proven, reason: proof.reason }
    : { proven: false, reason: null }
}

/**
 * Looks one doubtful order up in ArchiDelivery and decides what its row
 * becomes (the block above). Writes nothing; the next step records it.
 */
export const reconcileOrderStep = createStep(
  reconcileOrderStepId,
  async (input: ReconcileOrderInput, { container }) => {
    const service = archiDeliveryService(container)
    const options = service.getOptions()
    const sync = input.order_sync
    const now = await databaseNow(container)
    const attempts: AttemptRecord[] = []

    const history = (await service.listOrderAttempts(
      { order_sync_id: sync.id },
      {
        select: ["outcome", "created_at", "request", "reply"],
        order: { created_at: "DESC" },
        take: 100,
      }
    )) as unknown as (PastAttempt & { created_at: Date | string })[]

    // When the doubtful attempt happened: our own record of it, or now for a lost lease.
    const trusted = (RECONCILE_KINDS as readonly string[]).includes(
      sync.last_error_kind ?? ""
    )
    const anchorRow = trusted
      ? history.find((a) =>
          ["unknown_outcome", "lease_expired"].includes(a.outcome)
        )
      : undefined
    let anchor = anchorRow ? new Date(anchorRow.created_at).getTime() : null
    if (anchor === null) {
      anchor = now
      attempts.push(
        attemptFrom(
          "lease_expired",
          "the last send ended without a recorded outcome (a lost lease or an internal error); looking the order up"
        )
      )
    }
    const since = (outcome: string) =>
      history.filter(
        (a) =>
          a.outcome === outcome && new Date(a.created_at).getTime() >= anchor!
      ).length
    const tries = since("reconcile_undecidable")
    // Useless answers count; a closed port is the back office being down.
    const waits = since("reconcile_no_answer")

    const pointId = options.pointId?.trim()
    const own = orderIdFromAttempts(history)
    const verdict: Verdict = own
      ? {
          kind: "found",
          orderId: own,
          detail: `an earlier attempt's reply already holds ArchiDelivery order ${own}`,
        }
      : sync.display_id === null
        ? {
            kind: "undecidable",
            detail: "the row has no display id to look for",
          }
        : !pointId
          ? {
              kind: "undecidable",
              detail: "no pointId configured: orders cannot be looked up",
            }
          : await lookUp(
              service.getClient(),
              sync,
              {
                displayId: sync.display_id,
                phone: input.phone,
                clientId: clientIdFromAttempts(history),
                defaultCountry: options.phone.defaultCountry,
              },
              pointId,
              options.queue.reconcileMaxCandidates
            )

    const backoff = (n: number) =>
      new Date(
        now +
          backoffMs(n, { maxBackoffSeconds: options.queue.maxBackoffSeconds })
      ).toISOString()
    const record = (
      outcome: string,
      detail: string,
      exchange?: ArchiExchange
    ) => attempts.push(attemptFrom(outcome, detail, exchange))
    let outcome: ClaimOutcome

    switch (verdict.kind) {
      case "found": {
        const holders = (
          await service.listOrderSyncs(
            { archidelivery_order_id: verdict.orderId },
            { select: ["id", "order_id"] }
          )
        ).filter((row) => row.id !== sync.id)
        // The back office handed this id out again: shown, never a reason to resend.
        const reused = holders.length
          ? `; the id is also held by order ${holders.map((h) => h.order_id).join(", ")} (ArchiDelivery reused it)`
          : ""
        record("reconciled_found", verdict.detail + reused)
        outcome = {
          patch: {
            status: "sent",
            archidelivery_order_id: verdict.orderId,
            sent_at: new Date(now).toISOString(),
            reconcile: false,
            next_attempt_at: null,
            last_error: reused ? verdict.detail + reused : null,
            last_error_kind: reused ? "archidelivery_id_reused" : null,
          },
          attempts,
        }
        break
      }
      case "absent": {
        const graceEnd =
          anchor +
          reconcileGraceMs({
            replyTimeoutMs: options.replyTimeoutMs,
            // An optional `queue.reconcileGraceSeconds` overrides the default.
            reconcileGraceSeconds: (
              options.queue as { reconcileGraceSeconds?: number }
            ).reconcileGraceSeconds,
          })
        const proof =
          now >= graceEnd ? await lookupProof(service, pointId!) : null
        if (proof && !proof.proven) {
          const message = `${verdict.detail}, but that proves nothing: the lookup has not been seen to find an order we sent (${proof.reason ?? "no sent order checked yet"})`
          record("needs_review", message)
          outcome = {
            patch: {
              status: "needs_review",
              reconcile: true,
              next_attempt_at: null,
              last_error: message,
              last_error_kind: "needs_review",
            },
            attempts,
          }
        } else if (proof) {
          record(
            "reconciled_absent",
            `${verdict.detail}; queued to be sent again`
          )
          outcome = {
            patch: {
              status: "queued",
              reconcile: false,
              next_attempt_at: null,
              last_error: `reconciled: ${verdict.detail}`,
              last_error_kind: "reconciled_absent",
            },
            attempts,
          }
        } else {
          const message = `${verdict.detail}; waiting until ${new Date(graceEnd).toISOString()} in case the server still commits it`
          record("reconcile_pending", message)
          outcome = {
            patch: {
              status: "queued",
              reconcile: true,
              next_attempt_at: new Date(graceEnd).toISOString(),
              last_error: message,
              last_error_kind: "reconcile_pending",
            },
            attempts,
          }
        }
        break
      }
      case "wait":
        if (verdict.answered && waits + 1 >= options.queue.lookupMaxWaits) {
          const message = `no usable answer to ${waits + 1} look-ups (queue.lookupMaxWaits); last: ${verdict.detail}`
          record("needs_review", message, verdict.exchange)
          outcome = {
            patch: {
              status: "needs_review",
              reconcile: true,
              next_attempt_at: null,
              last_error: message,
              last_error_kind: "needs_review",
            },
            attempts,
          }
          break
        }
        record(
          verdict.answered ? "reconcile_no_answer" : "reconcile_unreachable",
          verdict.detail,
          verdict.exchange
        )
        outcome = {
          patch: {
            status: "queued",
            reconcile: true,
            next_attempt_at: backoff(sync.attempts),
            last_error: verdict.detail,
            last_error_kind: "reconcile_unreachable",
          },
          attempts,
        }
        break
      case "undecidable":
      default: {
        // No pointId cannot change without a restart: asking twice more is pointless.
        const final =
          !pointId ||
          sync.display_id === null ||
          tries + 1 >= RECONCILE_MAX_TRIES
        if (final) {
          record("needs_review", verdict.detail, verdict.exchange)
          outcome = {
            patch: {
              status: "needs_review",
              reconcile: true,
              next_attempt_at: null,
              last_error: verdict.detail,
              last_error_kind: "needs_review",
            },
            attempts,
          }
        } else {
          record("reconcile_undecidable", verdict.detail, verdict.exchange)
          outcome = {
            patch: {
              status: "queued",
              reconcile: true,
              next_attempt_at: backoff(tries + 1),
              last_error: verdict.detail,
              last_error_kind: "reconcile_undecidable",
            },
            attempts,
          }
        }
      }
    }
    return new StepResponse(outcome)
  }
)
