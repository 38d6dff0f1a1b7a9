import type { Row } from "../archidelivery"
import { commentHasMarker } from "./order-payload"
import { samePhoneNumber } from "../customers/phone"
import { parseServerTime } from "../shared/server-time"

/*
 * Which orders listed at a point are worth reading, and whether one read
 * with `getorderdata` is the order we look for (reconciliation and the
 * lookup proof alike).
 */

/** What we know about the order we look for. */
export type OrderFacts = {
  displayId: number
  /** The order's phone in E.164, null when it has none. */
  phone: string | null
  /** The ArchiDelivery client a `type=1` send named; null for `type=0`. */
  clientId: string | null
  defaultCountry: string
}

export const idOf = (row: Row | null | undefined) =>
  String(row?.ID ?? "").trim()

/** Our order's phone, however the server wrote it. */
export function samePhone(
  value: unknown,
  e164: string | null,
  defaultCountry: string
): boolean {
  if (!e164 || (typeof value !== "string" && typeof value !== "number")) {
    return false
  }
  return samePhoneNumber(String(value), e164, defaultCountry)
}

const present = (v: unknown) => v !== undefined && v !== null && v !== ""

/**
 * How one `getorderdata` row relates to the order:
 * - `match`: our marker, and our phone or (type=1) our client;
 * - `blind`: the row cannot say (no COMMENT; our marker without PHONE);
 * - `foreign`: our marker under another phone and client;
 * - `other`: another order.
 * The server may give a registered client's card phone instead of the one
 * sent, which is why the client id counts as much as the phone.
 */
export function judgeCandidate(
  data: Row | null | undefined,
  facts: OrderFacts
): "match" | "blind" | "foreign" | "other" {
  if (!data) {
    return "other"
  }
  if (data.COMMENT === undefined || data.COMMENT === null) {
    return "blind"
  }
  if (!commentHasMarker(String(data.COMMENT), facts.displayId)) {
    return "other"
  }
  if (samePhone(data.PHONE, facts.phone, facts.defaultCountry)) {
    return "match"
  }
  if (
    facts.clientId &&
    present(data.CLIENTID) &&
    String(data.CLIENTID).trim() === facts.clientId
  ) {
    return "match"
  }
  return present(data.PHONE) ? "foreign" : "blind"
}

export type CandidatePick = {
  /** Ids to read this try, newest first, at most `max`. */
  ids: string[]
  /** Ids listed and not too old, before the bound. */
  total: number
  /** Listed rows left out as clearly older than the order. */
  older: number
}

/**
 * The listed orders that may be ours: not clearly older than `notBefore`
 * (a date we cannot read is kept, last), newest first, at most `max` of
 * them so one try never reads a point's whole history.
 */
export function pickCandidates(
  rows: Row[],
  opts: { notBefore: number; max: number }
): CandidatePick {
  const seen = new Map<string, number | null>()
  let older = 0
  for (const row of rows) {
    const id = idOf(row)
    if (!id || seen.has(id)) {
      continue
    }
    const at = parseServerTime(row.FormatORDERDATETIME ?? row.ORDERDATETIME)
    if (at !== null && at < opts.notBefore) {
      older++
      continue
    }
    seen.set(id, at)
  }
  const ids = [...seen.entries()]
    .sort(([, a], [, b]) =>
      a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a
    )
    .map(([id]) => id)
  return { ids: ids.slice(0, opts.max), total: ids.length, older }
}
