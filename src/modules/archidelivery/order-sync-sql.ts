import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import type {
  OrderAttemptInput,
  OrderSyncClaimPatch,
  OrderSyncDTO,
} from "./types"

// The queue's single-statement writes, run on whatever manager the caller
// holds: inside its transaction, or on their own (each statement atomic).

const ORDER_SYNC = "archidelivery_order_sync"
const ORDER_ATTEMPT = "archidelivery_order_attempt"

const ORDER_SYNC_PATCH_COLUMNS = [
  "status",
  "next_attempt_at",
  "reconcile",
  "archidelivery_order_id",
  "archidelivery_status",
  "archidelivery_status_label",
  "archidelivery_status_at",
  "status_final",
  "sent_at",
  "cancelled_at",
  "last_error",
  "last_error_kind",
] as const

export function checkToken(token: unknown): asserts token is string {
  if (typeof token !== "string" || !token) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "claim_token: the token of the claim being completed (from claimDueOrderSyncs)"
    )
  }
}

/** `SET` pairs for the allowed columns present in the patch (undefined skipped). */
export function setClause(
  patch: Record<string, unknown>,
  columns: readonly string[],
  jsonColumns: readonly string[] = []
): { sql: string; params: unknown[] } {
  const parts: string[] = []
  const params: unknown[] = []
  for (const column of columns) {
    const value = patch[column]
    if (value === undefined) {
      continue
    }
    // pg would send a JS array as a Postgres array, not as JSON.
    const json = jsonColumns.includes(column)
    parts.push(`${column} = ${json ? "?::jsonb" : "?"}`)
    params.push(json && value !== null ? JSON.stringify(value) : value)
  }
  return { sql: parts.join(", "), params }
}

/**
 * A claimed row's new state, only while the claim is still ours: its token
 * is the current one and its lease has not run out (by the database's clock,
 * the one that set it). Null otherwise.
 */
export async function completeClaim(
  em: SqlEntityManager,
  id: string,
  claimToken: string,
  patch: OrderSyncClaimPatch
): Promise<OrderSyncDTO | null> {
  return (await completeClaimCountingHolders(em, id, claimToken, patch)).row
}

/**
 * completeClaim, also counting the other live rows that hold the row's
 * ArchiDelivery id (on any server) in the same statement: almost always
 * none, so a send is recorded without a second query to look for them.
 */
export async function completeClaimCountingHolders(
  em: SqlEntityManager,
  id: string,
  claimToken: string,
  patch: OrderSyncClaimPatch
): Promise<{ row: OrderSyncDTO | null; holders: number }> {
  checkToken(claimToken)
  // Checked at run time too: the patch may come from untyped code.
  const status: string | undefined = patch?.status
  if (!status || status === "sending") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "status: a claim completes with queued, sent, failed or needs_review"
    )
  }
  const set = setClause(patch, ORDER_SYNC_PATCH_COLUMNS)
  const [found] = await em.execute(
    `UPDATE ${ORDER_SYNC} AS s
     SET ${set.sql}, lease_owner = NULL, lease_until = NULL,
         claim_token = NULL, updated_at = now()
     WHERE s.id = ? AND s.status = 'sending' AND s.claim_token = ?
       AND s.lease_until > now() AND s.deleted_at IS NULL
     RETURNING s.*,
       (SELECT count(*)::int FROM ${ORDER_SYNC} AS o
        WHERE o.archidelivery_order_id = s.archidelivery_order_id
          AND o.id <> s.id AND o.deleted_at IS NULL) AS other_holders`,
    [...set.params, id, claimToken]
  )
  if (!found) {
    return { row: null, holders: 0 }
  }
  const { other_holders, ...row } = found as OrderSyncDTO & {
    other_holders: number
  }
  return { row: row as OrderSyncDTO, holders: other_holders }
}

/** Attempt log rows of one queue row, in one INSERT that keeps their written order. */
export async function insertAttempts(
  em: SqlEntityManager,
  id: string,
  attempts: OrderAttemptInput[]
): Promise<string[]> {
  const ids = attempts.map(() => generateEntityId(undefined, "adatt"))
  if (!attempts.length) {
    return ids
  }
  // clock_timestamp(): rows of one statement keep their written order.
  const tuple =
    "(?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, clock_timestamp(), clock_timestamp())"
  await em.execute(
    `INSERT INTO ${ORDER_ATTEMPT}
       (id, order_sync_id, outcome, message, request, reply, http_status,
        duration_ms, warnings, created_at, updated_at)
     VALUES ${attempts.map(() => tuple).join(", ")}`,
    attempts.flatMap((a, i) => [
      ids[i],
      id,
      a.outcome,
      a.message ?? null,
      a.request == null ? null : JSON.stringify(a.request),
      a.reply ?? null,
      a.http_status ?? null,
      a.duration_ms ?? null,
      a.warnings?.length ? JSON.stringify(a.warnings) : null,
    ])
  )
  return ids
}
