import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type {
  ArchiDeliveryClient,
  ArchiExchange,
  Row,
} from "../../lib/archidelivery"
import { commentHasMarker } from "../../lib/order-payload"
import { KNOWN_ORDER_STATUSES } from "../../lib/order-status"
import { normalizePhone } from "../../lib/phone"
import {
  backoffMs,
  classifyLookupError,
  RECONCILE_MAX_TRIES,
  reconcileGraceMs,
} from "../../lib/queue-policy"
import { ARCHIDELIVERY_MODULE } from "../../modules/archidelivery"
import type ArchiDeliveryModuleService from "../../modules/archidelivery/service"
import {
  attemptFrom,
  RECONCILE_KINDS,
  type AttemptRecord,
  type ClaimedOrderSync,
  type ClaimOutcome,
} from "./order-sync-types"

/*
 * RECONCILIATION — what happens to an order whose send had an unknown
 * outcome (timeout or reset after sending, 5xx, an unreadable reply) or
 * whose worker died mid-send (its lease expired). Such an order is never
 * resent blindly; it is looked up first:
 *
 * 1. Without `pointId` nothing can be looked up: `needs_review` at once.
 * 2. `getorderbypoint(pointId, status)` for every known status code
 *    (12, 2, 3, 4, 5, 6, 7, 9). Every order id found there that is not
 *    clearly older than the Medusa order (a day of slack for the server's
 *    clock) is a candidate, even one another queue row holds: ArchiDelivery
 *    may hand an id out again, so a match found that way is recorded as
 *    sent and flagged as a reused id.
 * 3. `getorderdata(id)` for each candidate. A candidate is THE order when its
 *    COMMENT ends with the marker `#<display_id>` (as a whole word) AND its
 *    PHONE is the order's phone (compared as E.164).
 * 4. Exactly one match → `sent` with that id. Several matches → undecidable.
 *    No match, but a candidate replied without COMMENT (or a matching one
 *    without PHONE, or the marker under another phone) → undecidable.
 * 5. No match and every look-up answered → the order is absent. It is queued
 *    to be sent again ONLY once a grace period (replyTimeoutMs + 60 s) has
 *    passed since the doubtful attempt, because a slow server may still
 *    commit it; before that the row waits (`queued`, `reconcile = true`,
 *    `next_attempt_at` = end of the grace period) and is looked up again.
 *    For a lost lease the moment the lease was found expired counts as the
 *    doubtful attempt (`lease_expired` in the attempt log).
 * 6. A look-up that could not be made (connection refused, timeout, 5xx)
 *    proves nothing: the row waits (`queued`, `reconcile = true`, backoff)
 *    and this does not count as a try.
 * 7. An undecidable try (refused look-ups, replies without COMMENT, several
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
  | { kind: "wait"; detail: string; exchange?: ArchiExchange }

export const reconcileOrderStepId = "archidelivery-reconcile-order"

const DAY_MS = 24 * 60 * 60 * 1000

/** "YYYY-MM-DD HH:MM:SS" read as UTC; the day of slack covers the server's zone. */
function parseServerTime(value: unknown): number | null {
  const m =
    typeof value === "string" &&
    value.match(/^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})/)
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]) : null
}

const idOf = (row: Row) => String(row.ID ?? "").trim()

function samePhone(
  value: unknown,
  e164: string | null,
  defaultCountry: string
): boolean {
  if (!e164 || (typeof value !== "string" && typeof value !== "number")) {
    return false
  }
  const normalised = normalizePhone(String(value), defaultCountry)
  if (normalised) {
    return normalised === e164
  }
  // A form libphonenumber cannot read: compare the subscriber digits.
  const digits = String(value).replace(/\D/g, "")
  return (
    digits.length >= 9 && e164.replace(/\D/g, "").endsWith(digits.slice(-9))
  )
}

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
        detail: `${what}: ${judged.message}`,
        exchange: (e as { exchange?: ArchiExchange }).exchange,
      },
    }
  }
}

const isFailure = (v: unknown): v is LookupFailure =>
  !!v && typeof v === "object" && "failed" in (v as object)

async function lookUp(
  client: ArchiDeliveryClient,
  service: ArchiDeliveryModuleService,
  input: ReconcileOrderInput,
  pointId: string,
  defaultCountry: string
): Promise<Verdict> {
  const sync = input.order_sync
  const notBefore = new Date(sync.created_at).getTime() - DAY_MS
  const candidates = new Map<string, Row>()
  for (const status of KNOWN_ORDER_STATUSES) {
    const rows = await ask(`getorderbypoint ${pointId}/${status}`, () =>
      client.getOrderByPoint(pointId, status)
    )
    if (isFailure(rows)) {
      return rows.failed
    }
    for (const row of rows) {
      const at = parseServerTime(row.FormatORDERDATETIME ?? row.ORDERDATETIME)
      if (idOf(row) && (at === null || at >= notBefore)) {
        candidates.set(idOf(row), row)
      }
    }
  }
  // An id another row holds is still a candidate: ArchiDelivery hands ids
  // out again, and the marker and phone decide, not our own records.
  const matches: string[] = []
  const foreign: string[] = []
  let blind = 0
  for (const id of candidates.keys()) {
    const data = await ask(`getorderdata ${id}`, () => client.getOrderData(id))
    if (isFailure(data)) {
      return data.failed
    }
    if (!data) {
      continue
    }
    if (data.COMMENT === undefined || data.COMMENT === null) {
      blind++
      continue
    }
    if (!commentHasMarker(String(data.COMMENT), sync.display_id!)) {
      continue
    }
    if (data.PHONE === undefined || data.PHONE === null || data.PHONE === "") {
      blind++
    } else if (samePhone(data.PHONE, input.phone, defaultCountry)) {
      matches.push(id)
    } else {
      // Our marker under another phone (a registered client's stored phone,
      // say) is not proof of absence: resending could double the order.
      foreign.push(id)
    }
  }
  const searched = `${candidates.size} candidate(s) at point ${pointId}`
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
  return { kind: "absent", detail: `not found among ${searched}` }
}

/**
 * Looks one doubtful order up in ArchiDelivery and decides what its row
 * becomes (the block above). Writes nothing; the next step records it.
 */
export const reconcileOrderStep = createStep(
  reconcileOrderStepId,
  async (input: ReconcileOrderInput, { container }) => {
    const service =
      container.resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)
    const options = service.getOptions()
    const sync = input.order_sync
    const now = Date.now()
    const attempts: AttemptRecord[] = []

    // When the doubtful attempt happened: our own record of it, or now for a lost lease.
    const trusted = (RECONCILE_KINDS as readonly string[]).includes(
      sync.last_error_kind ?? ""
    )
    const history = trusted
      ? await service.listOrderAttempts(
          {
            order_sync_id: sync.id,
            outcome: [
              "unknown_outcome",
              "lease_expired",
              "reconcile_undecidable",
            ],
          },
          {
            select: ["outcome", "created_at"],
            order: { created_at: "DESC" },
            take: 50,
          }
        )
      : []
    const anchorRow = history.find((a) => a.outcome !== "reconcile_undecidable")
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
    const tries = history.filter(
      (a) =>
        a.outcome === "reconcile_undecidable" &&
        new Date(a.created_at).getTime() >= anchor!
    ).length

    const pointId = options.pointId?.trim()
    const verdict: Verdict =
      sync.display_id === null
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
              service,
              input,
              pointId,
              options.phone.defaultCountry
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
      case "found":
        record("reconciled_found", verdict.detail)
        outcome = {
          patch: {
            status: "sent",
            archidelivery_order_id: verdict.orderId,
            sent_at: new Date(now).toISOString(),
            reconcile: false,
            next_attempt_at: null,
            last_error: null,
            last_error_kind: null,
          },
          attempts,
        }
        break
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
        if (now >= graceEnd) {
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
        record("reconcile_unreachable", verdict.detail, verdict.exchange)
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
