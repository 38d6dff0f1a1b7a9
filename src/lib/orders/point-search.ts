import type { ArchiDeliveryClient, ArchiExchange, Row } from "../archidelivery"
import { KNOWN_ORDER_STATUSES } from "./order-status"
import { classifyLookupError } from "./queue-policy"
import { pickCandidates, type CandidatePick } from "./reconcile-match"

/** A look-up that got no usable answer, as reconciliation takes it. */
export type LookupFailure = {
  decision: "wait" | "undecidable"
  /** The server answered, but uselessly (5xx, timeout, unreadable). */
  answered: boolean
  detail: string
  exchange?: ArchiExchange
}

/** What the point's look-ups found: the first failure, or every candidate read. */
export type PointSearch =
  | { failed: LookupFailure }
  | {
      pick: CandidatePick
      /** `getorderdata` of each picked id, in the pick's order. */
      read: (Row | null)[]
    }

const DAY_MS = 24 * 60 * 60 * 1000

/** A failed look-up as reconciliation records it; errors of our own are rethrown. */
export function lookupFailure(what: string, error: unknown): LookupFailure {
  const judged = classifyLookupError(error)
  return {
    decision: judged.decision,
    answered: judged.kind !== "unreachable",
    detail: `${what}: ${judged.message}`,
    exchange: (error as { exchange?: ArchiExchange }).exchange,
  }
}

/**
 * Lists the point's orders in every known status, picks the candidates (not
 * clearly older than the order, a day of slack for the server's clock) and
 * reads each with `getorderdata`. Stops at the first look-up that got no
 * usable answer: a half-read point proves nothing.
 */
export async function searchPoint(
  client: Pick<ArchiDeliveryClient, "getOrderByPoint" | "getOrderData">,
  opts: { pointId: string; createdAt: string; maxCandidates: number }
): Promise<PointSearch> {
  const { pointId } = opts
  const listed: Row[] = []
  for (const status of KNOWN_ORDER_STATUSES) {
    try {
      listed.push(...(await client.getOrderByPoint(pointId, status)))
    } catch (e) {
      return {
        failed: lookupFailure(`getorderbypoint ${pointId}/${status}`, e),
      }
    }
  }
  const pick = pickCandidates(listed, {
    notBefore: new Date(opts.createdAt).getTime() - DAY_MS,
    max: opts.maxCandidates,
  })
  const read: (Row | null)[] = []
  for (const id of pick.ids) {
    try {
      read.push(await client.getOrderData(id))
    } catch (e) {
      return { failed: lookupFailure(`getorderdata ${id}`, e) }
    }
  }
  return { pick, read }
}
