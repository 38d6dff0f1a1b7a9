import type { ArchiExchange } from "../../../lib/archidelivery"
import type {
  OrderSyncDTO,
  OrderSyncStatus,
} from "../../../modules/archidelivery/types"

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
}

export const toClaimed = (row: OrderSyncDTO): ClaimedOrderSync => ({
  id: row.id,
  order_id: row.order_id,
  display_id: row.display_id,
  claim_token: row.claim_token ?? "",
  attempts: row.attempts,
  reconcile: row.reconcile,
  last_error_kind: row.last_error_kind,
  created_at: new Date(row.created_at).toISOString(),
})

/** One OrderAttempt row to write: the request as sent and the reply as read, no secrets. */
export type AttemptRecord = {
  outcome: string
  message: string | null
  request: {
    method: string
    params: Record<string, string>
    query: string
  } | null
  reply: string | null
  http_status: number | null
  duration_ms: number | null
  /** Sent as it was but for a person to check: shown in the order widget. */
  warnings?: { code: string; value: string }[] | null
}

/** What a push or a reconciliation decided for its claimed row (dates as ISO strings). */
export type ClaimOutcome = {
  /** Give the row back untried (its lease is too short to send safely). */
  release?: boolean
  patch: {
    status: Exclude<OrderSyncStatus, "sending">
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

/** An exchange as an attempt keeps it: method, decoded params, query and the reply. */
export function attemptFrom(
  outcome: string,
  message: string | null,
  exchange?: ArchiExchange
): AttemptRecord {
  return {
    outcome,
    message,
    request: exchange
      ? {
          method: exchange.method,
          params: exchange.params,
          query: exchange.query,
        }
      : null,
    reply: exchange?.body ?? null,
    http_status: exchange?.status ?? null,
    duration_ms: exchange?.durationMs ?? null,
  }
}

/** Row kinds our own reconciliation wrote; any other kind on a reconcile row means a lost lease. */
export const RECONCILE_KINDS = [
  "unknown_outcome",
  "reconcile_pending",
  "reconcile_undecidable",
  "reconcile_unreachable",
] as const

/** The shared reader of thrown values (Medusa's serialized workflow errors too). */
export { errorMessage } from "../../../lib/shared/error-message"
