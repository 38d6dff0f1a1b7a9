/** A queue row as a claim returns it: the fields `toClaimed` reads. */
export type ClaimableRow = {
  id: string
  order_id: string
  display_id: number | null
  claim_token: string | null
  attempts: number
  reconcile: boolean
  last_error_kind: string | null
  created_at: Date | string
  point_id?: string | null
}

/** The fields of a claimed row a push or a reconciliation needs (serialisable). */
export type ClaimedOrderSync = {
  id: string
  order_id: string
  display_id: number | null
  /** The claim's fencing token: completing or releasing the row needs it. */
  claim_token: string
  attempts: number
  reconcile: boolean
  last_error_kind: string | null
  created_at: string
  /** The order's point (kitchen); null = the shop's own point. */
  point_id?: string | null
}

export const toClaimed = (row: ClaimableRow): ClaimedOrderSync => ({
  id: row.id,
  order_id: row.order_id,
  display_id: row.display_id,
  claim_token: row.claim_token ?? "",
  attempts: row.attempts,
  reconcile: row.reconcile,
  last_error_kind: row.last_error_kind,
  created_at: new Date(row.created_at).toISOString(),
  point_id: row.point_id ?? null,
})

/** Room a request needs beyond its timeouts. */
export const REQUEST_MARGIN_MS = 2_000

type RequestTimeouts = { connectTimeoutMs: number; replyTimeoutMs: number }

/** The longest one request to ArchiDelivery may take. */
export const requestBudgetMs = (opts: RequestTimeouts) =>
  opts.connectTimeoutMs + opts.replyTimeoutMs + REQUEST_MARGIN_MS

/**
 * Whether a request started now ends before the claim's lease does: never
 * start one it may not outlive, or another worker could take the row
 * meanwhile and send it too.
 */
export function leaseOutlivesRequest(
  claimedAt: number,
  opts: RequestTimeouts & { leaseSeconds: number },
  now: number
): boolean {
  return now + requestBudgetMs(opts) <= claimedAt + opts.leaseSeconds * 1000
}
