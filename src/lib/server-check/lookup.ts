import { commentHasMarker } from "../orders/order-payload"
import { samePhoneNumber } from "../customers/phone"
import type { Finding, LookupReport } from "./types"

/** An order the plugin sent: its ArchiDelivery id and the Medusa display id in its marker. */
export interface SentOrder {
  archidelivery_order_id: string
  display_id: number | string
  /** the phone it was sent with, when known: PHONE must be the same number */
  phone?: string | null
}

/** What the check saw when it looked the sent orders up as reconciliation does. */
export interface LookupObservation {
  pointId?: string
  /** country of phones written without a code (options.phone.defaultCountry) */
  defaultCountry?: string
  orders: SentOrder[]
  /** `getorderbypoint(pointId, status)` per status code */
  listed: { status: number; ids: string[]; failure: string | null }[]
  /** `getorderdata` per ArchiDelivery order id */
  data: Record<
    string,
    { row: Record<string, unknown> | null; failure: string | null }
  >
  /** why nothing was looked up, when it was not */
  skipped?: string
  /** the advice when there is no sent order to check with */
  noOrdersNote?: string
}

const text = (v: unknown) =>
  typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : ""

type Verdict = {
  order: string
  display_id: string
  listed_in: number[]
  comment?: string | null
  phone?: string | null
  sent_phone?: string | null
  problem: string | null
}

function judgeOrder(o: SentOrder, obs: LookupObservation): Verdict {
  const id = String(o.archidelivery_order_id)
  const listed_in = obs.listed
    .filter((l) => l.ids.includes(id))
    .map((l) => l.status)
  const base = { order: id, display_id: String(o.display_id), listed_in }
  const got = obs.data[id]
  const row = got?.row
  const comment = row && "COMMENT" in row ? text(row.COMMENT) : null
  const phone = row && "PHONE" in row ? text(row.PHONE) : null
  const seen = { ...base, comment, phone, sent_phone: o.phone ?? null }
  if (!listed_in.length) {
    return {
      ...seen,
      problem: `order ${id} (#${o.display_id}) is not listed by getorderbypoint under point ${obs.pointId} in any known status`,
    }
  }
  if (!got || got.failure) {
    return {
      ...seen,
      problem: `getorderdata ${id} failed: ${got?.failure ?? "not called"}`,
    }
  }
  if (!row) {
    return { ...seen, problem: `getorderdata ${id} knows no such order` }
  }
  if (comment === null) {
    return { ...seen, problem: `getorderdata ${id} has no COMMENT field` }
  }
  if (!commentHasMarker(comment, o.display_id)) {
    return {
      ...seen,
      problem: `the COMMENT of order ${id} does not end with #${o.display_id}`,
    }
  }
  if (!phone) {
    return { ...seen, problem: `getorderdata ${id} has no PHONE` }
  }
  if (o.phone && !samePhoneNumber(phone, o.phone, obs.defaultCountry)) {
    return {
      ...seen,
      problem: `the PHONE of order ${id} (${phone}) is not the phone it was sent with (${o.phone})`,
    }
  }
  return { ...seen, problem: null }
}

/**
 * Reconciliation's footing: an order whose send had an unknown outcome is
 * taken as absent only if the same lookup finds the orders the plugin sent
 * itself — listed by `getorderbypoint` under the point, and shown by
 * `getorderdata` with the marker at the end of COMMENT and a PHONE.
 */
export function judgeLookup(obs: LookupObservation): {
  lookup: LookupReport
  finding: Finding
} {
  const done = (
    level: Finding["level"],
    proven: boolean,
    title: string,
    reason: string,
    detail: string,
    evidence: Record<string, unknown> = {}
  ) => ({
    lookup: { proven, reason },
    finding: {
      id: "lookup" as const,
      level,
      title,
      detail,
      evidence: { point_id_option: obs.pointId ?? null, ...evidence },
    },
  })
  if (obs.skipped) {
    return done(
      "warning",
      false,
      "Order lookup not checked",
      obs.skipped,
      "Fix the problems above first, then check again."
    )
  }
  if (!obs.pointId) {
    return done(
      "problem",
      false,
      "Orders cannot be looked up: pointId is not set",
      "without pointId, getorderbypoint cannot be asked",
      "Set pointId: without it every order whose send had an unknown outcome waits for a person."
    )
  }
  if (!obs.orders.length) {
    return done(
      "warning",
      false,
      "Order lookup not proven yet: no order sent to check it with",
      "no order the plugin sent is known to check the lookup with",
      obs.noOrdersNote ??
        "Nothing to set now: check again after the plugin has sent its first order."
    )
  }
  const failures = obs.listed.filter((l) => l.failure)
  const listing = obs.listed.map((l) => ({
    status: l.status,
    orders: l.ids.length,
    ...(l.failure ? { error: l.failure } : {}),
  }))
  const verdicts = obs.orders.map((o) => judgeOrder(o, obs))
  const evidence = { orders: verdicts, getorderbypoint: listing }
  const bad = verdicts.filter((v) => v.problem)
  // An order missing from a listing that failed may only be missing from that reply.
  if (failures.length && bad.some((v) => !v.listed_in.length)) {
    return done(
      "warning",
      false,
      "Order lookup could not be checked",
      `getorderbypoint failed: ${failures[0].failure}`,
      "Check again when ArchiDelivery answers every lookup.",
      evidence
    )
  }
  if (bad.length) {
    const first = bad[0].problem!
    const notListed = bad.some((v) => !v.listed_in.length)
    return done(
      "problem",
      false,
      `${bad.length} of ${verdicts.length} sent orders not found by the lookup`,
      first,
      notListed
        ? `Set pointId to the point website orders land on (${first}); until then unknown outcomes go to a person.`
        : `Nothing the options can set: ${first}, so unknown outcomes go to a person; send this report to support.`,
      evidence
    )
  }
  return done(
    "ok",
    true,
    `The lookup finds all ${verdicts.length} sent orders`,
    `every sent order checked is listed under point ${obs.pointId} and carries its marker and a phone`,
    "Nothing to set: after an unknown outcome the plugin can tell whether ArchiDelivery has the order.",
    evidence
  )
}
