import { isArchiDeliveryError, type Row } from "../archidelivery"
import { normalizePhone } from "../customers/phone"
import { errorMessage } from "../shared/error-message"
import { clientIdFromAttempts, type PastAttempt } from "./attempts"
import { commentHasMarker } from "./order-payload"
import { KNOWN_ORDER_STATUSES } from "./order-status"
import { idOf, judgeCandidate, type OrderFacts } from "./reconcile-match"

/*
 * The lookup proof: reconciliation calls an order absent only while the
 * status follow-up has seen its lookup (`getorderbypoint`, then
 * `getorderdata`) find an order we know we sent at this point.
 */

/** A proof that holds is checked again after this long. */
export const LOOKUP_RECHECK_MS = 10 * 60_000

/** A point's stored proof, as the check reads it. */
export type StoredProof = {
  id: string
  point_id: string
  proven: boolean
  proven_at: Date | string | null
  checked_at: Date | string | null
  reason: string | null
  archidelivery_order_id: string | null
}

export type ProofVerdict = { proven: boolean; reason: string }

/** A proof that held less than LOOKUP_RECHECK_MS ago needs no new check. */
export const proofIsFresh = (current: StoredProof | undefined, now: number) =>
  !!current?.proven &&
  !!current.checked_at &&
  now - new Date(current.checked_at).getTime() < LOOKUP_RECHECK_MS

/** A sent order whose status was just read, as the proof may use it. */
export type PolledForProof = {
  status: number | null
  display_id: number | null
  read_error: string | null
  sent_at: string | null
}

/** The orders just read that may prove the lookup: a known status, a display id, newest sent first, five at most. */
export function proofCandidates<T extends PolledForProof>(polled: T[]): T[] {
  return polled
    .filter(
      (p) =>
        p.status !== null &&
        KNOWN_ORDER_STATUSES.includes(p.status) &&
        p.display_id !== null &&
        !p.read_error
    )
    .sort((a, b) => (b.sent_at ?? "").localeCompare(a.sent_at ?? ""))
    .slice(0, 5)
}

/** What the lookup must find, read off the neworder attempt that sent the order. */
export function proofFacts(
  displayId: number,
  sent: PastAttempt,
  defaultCountry: string
): OrderFacts {
  return {
    displayId,
    phone: normalizePhone(
      String(sent.request?.params?.phone ?? ""),
      defaultCountry
    ),
    clientId: clientIdFromAttempts([sent]),
    defaultCountry,
  }
}

/** Where the order is looked for: its own status first, then (it moved meanwhile) every other known one. */
export const proofStatuses = (status: number) => [
  status,
  ...KNOWN_ORDER_STATUSES.filter((s) => s !== status),
]

/**
 * Whether the lookup reconciliation relies on finds one order we know we
 * sent: listed by getorderbypoint under the point in its status, and its
 * getorderdata shows our marker with our phone or client. The reason names
 * the first thing that failed.
 */
export function proveLookup(input: {
  archiOrderId: string
  listedIds: string[]
  data: Row | null
  facts: OrderFacts
  pointId: string
  status: number
}): ProofVerdict {
  const { archiOrderId: id, facts, pointId, status } = input
  const what = `ArchiDelivery order ${id} (#${facts.displayId})`
  if (!input.listedIds.includes(id)) {
    return {
      proven: false,
      reason: `${what} is not listed by getorderbypoint at point ${pointId} in status ${status}`,
    }
  }
  const data = input.data
  if (!data || data.COMMENT === undefined || data.COMMENT === null) {
    return {
      proven: false,
      reason: `getorderdata of ${what} has no COMMENT`,
    }
  }
  if (!commentHasMarker(String(data.COMMENT), facts.displayId)) {
    return {
      proven: false,
      reason: `getorderdata of ${what} has no #${facts.displayId} in COMMENT`,
    }
  }
  if (judgeCandidate(data, facts) !== "match") {
    return {
      proven: false,
      reason: `getorderdata of ${what} has neither the order's phone nor its client`,
    }
  }
  return { proven: true, reason: `${what} found by the lookup` }
}

/**
 * A listing that threw: null when it got no usable answer (that proves
 * nothing either way), else an unproven lookup saying why.
 */
export function refusedListing(
  pointId: string,
  error: unknown
): ProofVerdict | null {
  if (
    isArchiDeliveryError(error) &&
    (error.kind === "unreachable" || error.kind === "unknown_outcome")
  ) {
    return null
  }
  return {
    proven: false,
    reason: `getorderbypoint at point ${pointId} refused: ${errorMessage(error)}`,
  }
}

/** The columns a check writes: when it was checked, and since when it holds. */
export function proofValues(
  verdict: ProofVerdict,
  current: Pick<StoredProof, "proven_at"> | null | undefined,
  now: number,
  archiOrderId: string
) {
  return {
    proven: verdict.proven,
    proven_at: verdict.proven
      ? new Date(now)
      : current?.proven_at
        ? new Date(current.proven_at)
        : null,
    checked_at: new Date(now),
    reason: verdict.reason,
    archidelivery_order_id: archiOrderId,
  }
}

/**
 * Lists the point's orders status by status (see proofStatuses) until the
 * order is among them; returns every id listed. A failed listing throws.
 */
export async function listUntilFound(
  client: { getOrderByPoint(pointId: string, status: number): Promise<Row[]> },
  pointId: string,
  order: { status: number; archidelivery_order_id: string }
): Promise<string[]> {
  const listedIds: string[] = []
  for (const status of proofStatuses(order.status)) {
    const rows = await client.getOrderByPoint(pointId, status)
    listedIds.push(...rows.map(idOf))
    if (listedIds.includes(order.archidelivery_order_id)) {
      break
    }
  }
  return listedIds
}
