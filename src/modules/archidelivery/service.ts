import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { ArchiDeliveryClient } from "../../lib/archidelivery"
import { describeOptions, type ArchiDeliveryOptions } from "../../lib/options"
import { readModuleOptions } from "./loaders/validate-options"
import { ClientLink } from "./models/client-link"
import { LookupProof } from "./models/lookup-proof"
import { OrderAttempt } from "./models/order-attempt"
import { ORDER_SYNC_STATUSES, OrderSync } from "./models/order-sync"
import { ProductImport } from "./models/product-import"
import { ProductLink } from "./models/product-link"
import type {
  ClaimClientLinksInput,
  ClaimOrderSyncsInput,
  ClientLinkClaimPatch,
  ClientLinkDTO,
  EnqueueOrderSyncInput,
  OrderAttemptInput,
  OrderSyncClaimPatch,
  OrderSyncDTO,
  OrderSyncStatus,
} from "./types"

const ORDER_SYNC = "archidelivery_order_sync"
const CLIENT_LINK = "archidelivery_client_link"
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
  "last_error",
  "last_error_kind",
] as const

const CLIENT_LINK_PATCH_COLUMNS = [
  "status",
  "archidelivery_client_id",
  "phone",
  "linked_by",
  "linked_at",
  "ambiguous",
  "candidates",
  "next_attempt_at",
  "last_error",
] as const

type Ctx = Context<SqlEntityManager>

export default class ArchiDeliveryModuleService extends MedusaService({
  ProductLink,
  OrderSync,
  OrderAttempt,
  ClientLink,
  ProductImport,
  LookupProof,
}) {
  protected readonly options_: ArchiDeliveryOptions
  protected client_?: ArchiDeliveryClient

  constructor(container: Record<string, unknown>, options: unknown) {
    // @ts-ignore the generated base takes the module's container and options
    super(...arguments)
    this.options_ = readModuleOptions(options)
  }

  /** The validated plugin options: subscribers, jobs and routes read them here. */
  getOptions(): ArchiDeliveryOptions {
    return this.options_
  }

  /** One protocol client per module instance, built from the options. */
  getClient(): ArchiDeliveryClient {
    this.client_ ??= new ArchiDeliveryClient({
      baseUrl: this.options_.url,
      encoding: this.options_.encoding,
      connectTimeoutMs: this.options_.connectTimeoutMs,
      replyTimeoutMs: this.options_.replyTimeoutMs,
      headers: this.options_.headers,
    })
    return this.client_
  }

  /** The options as an admin may see them: header values hidden. */
  describeOptions(): ReturnType<typeof describeOptions> {
    return describeOptions(this.options_)
  }

  /**
   * Queues orders for ArchiDelivery. A second call for the same order (a
   * repeated `order.placed`) leaves the existing row untouched.
   */
  @InjectTransactionManager()
  async enqueueOrderSyncs(
    input: EnqueueOrderSyncInput[],
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<OrderSyncDTO[]> {
    const byOrder = new Map<string, EnqueueOrderSyncInput>()
    for (const row of input) {
      if (!row?.order_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "order_id: required to queue an order"
        )
      }
      if (!byOrder.has(row.order_id)) {
        byOrder.set(row.order_id, row)
      }
    }
    if (!byOrder.size) {
      return []
    }
    const em = sharedContext.transactionManager!
    const rows = [...byOrder.values()]
    const params = rows.flatMap((r) => [
      generateEntityId(undefined, "adsync"),
      r.order_id,
      r.display_id ?? null,
    ])
    await em.execute(
      `INSERT INTO ${ORDER_SYNC} (id, order_id, display_id)
       VALUES ${rows.map(() => "(?, ?, ?)").join(", ")}
       ON CONFLICT (order_id) WHERE deleted_at IS NULL DO NOTHING`,
      params
    )
    const found: OrderSyncDTO[] = await em.execute(
      `SELECT * FROM ${ORDER_SYNC}
       WHERE order_id IN (?) AND deleted_at IS NULL`,
      [[...byOrder.keys()]]
    )
    const byId = new Map(found.map((r) => [r.order_id, r]))
    return [...byOrder.keys()].map((id) => byId.get(id)!)
  }

  /**
   * Takes due queue rows for one worker in a single statement. Rows locked by
   * a concurrent claim are skipped, so two workers never get the same row. A
   * row whose lease expired mid-send comes back with `reconcile = true`:
   * nobody knows whether ArchiDelivery got it.
   */
  @InjectTransactionManager()
  async claimDueOrderSyncs(
    input: ClaimOrderSyncsInput,
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<OrderSyncDTO[]> {
    const { limit, leaseSeconds, owner } = checkClaim(input)
    const orderIds = input.orderIds
    if (orderIds && !orderIds.length) {
      return []
    }
    const em = sharedContext.transactionManager!
    const rows: OrderSyncDTO[] = await em.execute(
      `WITH due AS (
         SELECT id FROM ${ORDER_SYNC}
         WHERE deleted_at IS NULL
           AND ((status = 'queued'
                 AND (next_attempt_at IS NULL OR next_attempt_at <= now()))
             OR (status = 'sending'
                 AND (lease_until IS NULL OR lease_until < now())))
           ${orderIds ? "AND order_id IN (?)" : ""}
         ORDER BY created_at, id
         LIMIT ?
         FOR UPDATE SKIP LOCKED
       )
       UPDATE ${ORDER_SYNC} AS s
       SET status = 'sending',
           lease_owner = ?,
           lease_until = now() + ? * interval '1 second',
           attempts = s.attempts + 1,
           reconcile = (s.reconcile OR s.status = 'sending'),
           updated_at = now()
       FROM due
       WHERE s.id = due.id
       RETURNING s.*`,
      [...(orderIds ? [orderIds] : []), limit, owner, leaseSeconds]
    )
    return sortByCreation(rows)
  }

  /**
   * Records the outcome of a claimed row, but only while the claim is still
   * ours; returns null when another worker reclaimed the row meanwhile.
   */
  @InjectTransactionManager()
  async completeOrderSyncClaim(
    id: string,
    owner: string,
    patch: OrderSyncClaimPatch,
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<OrderSyncDTO | null> {
    // Checked at run time too: the patch may come from untyped code.
    const status: string | undefined = patch?.status
    if (!status || status === "sending") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "status: a claim completes with queued, sent, failed or needs_review"
      )
    }
    const set = setClause(patch, ORDER_SYNC_PATCH_COLUMNS)
    const [row] = await sharedContext.transactionManager!.execute(
      `UPDATE ${ORDER_SYNC}
       SET ${set.sql}, lease_owner = NULL, lease_until = NULL, updated_at = now()
       WHERE id = ? AND status = 'sending' AND lease_owner = ?
         AND deleted_at IS NULL
       RETURNING *`,
      [...set.params, id, owner]
    )
    return (row as OrderSyncDTO) ?? null
  }

  /**
   * Gives a claimed row back untried (e.g. on shutdown): queued again and the
   * attempt the claim counted is taken back. Null when the claim was lost.
   */
  @InjectTransactionManager()
  async releaseOrderSyncClaim(
    id: string,
    owner: string,
    options: { next_attempt_at?: Date | null } = {},
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<OrderSyncDTO | null> {
    const [row] = await sharedContext.transactionManager!.execute(
      `UPDATE ${ORDER_SYNC}
       SET status = 'queued', attempts = GREATEST(attempts - 1, 0),
           next_attempt_at = ?, lease_owner = NULL, lease_until = NULL,
           updated_at = now()
       WHERE id = ? AND status = 'sending' AND lease_owner = ?
         AND deleted_at IS NULL
       RETURNING *`,
      [options.next_attempt_at ?? null, id, owner]
    )
    return (row as OrderSyncDTO) ?? null
  }

  /** Queue size per status, every status present (0 when none). */
  @InjectManager()
  async countOrderSyncsByStatus(
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<Record<OrderSyncStatus, number>> {
    const em = sharedContext.transactionManager ?? sharedContext.manager!
    const rows: { status: OrderSyncStatus; count: number }[] = await em.execute(
      `SELECT status, count(*)::int AS count FROM ${ORDER_SYNC}
       WHERE deleted_at IS NULL GROUP BY status`
    )
    const counts = Object.fromEntries(
      ORDER_SYNC_STATUSES.map((s) => [s, 0])
    ) as Record<OrderSyncStatus, number>
    for (const row of rows) {
      counts[row.status] = row.count
    }
    return counts
  }

  /**
   * Takes due `pending` client links for one worker; they stay `pending`
   * while the lease keeps other workers off them.
   */
  @InjectTransactionManager()
  async claimDueClientLinks(
    input: ClaimClientLinksInput,
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<ClientLinkDTO[]> {
    const { limit, leaseSeconds, owner } = checkClaim({
      ...input,
      leaseSeconds: input.leaseSeconds ?? this.options_.queue.leaseSeconds,
    })
    const em = sharedContext.transactionManager!
    const rows: ClientLinkDTO[] = await em.execute(
      `WITH due AS (
         SELECT id FROM ${CLIENT_LINK}
         WHERE deleted_at IS NULL AND status = 'pending'
           AND (next_attempt_at IS NULL OR next_attempt_at <= now())
           AND (lease_until IS NULL OR lease_until < now())
         ORDER BY created_at, id
         LIMIT ?
         FOR UPDATE SKIP LOCKED
       )
       UPDATE ${CLIENT_LINK} AS c
       SET lease_owner = ?,
           lease_until = now() + ? * interval '1 second',
           attempts = c.attempts + 1,
           updated_at = now()
       FROM due
       WHERE c.id = due.id
       RETURNING c.*`,
      [limit, owner, leaseSeconds]
    )
    return sortByCreation(rows)
  }

  /** Compare-and-set like `completeOrderSyncClaim`, for client links. */
  @InjectTransactionManager()
  async completeClientLinkClaim(
    id: string,
    owner: string,
    patch: ClientLinkClaimPatch,
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<ClientLinkDTO | null> {
    const set = setClause(patch ?? {}, CLIENT_LINK_PATCH_COLUMNS, [
      "candidates",
    ])
    const [row] = await sharedContext.transactionManager!.execute(
      `UPDATE ${CLIENT_LINK}
       SET ${set.sql ? `${set.sql}, ` : ""}lease_owner = NULL,
           lease_until = NULL, updated_at = now()
       WHERE id = ? AND lease_owner = ? AND deleted_at IS NULL
       RETURNING *`,
      [...set.params, id, owner]
    )
    return (row as ClientLinkDTO) ?? null
  }

  /**
   * Like `claimDueClientLinks`, for the links of these customers only (a
   * customer event or the admin links one customer at once).
   */
  @InjectTransactionManager()
  async claimDueClientLinksOfCustomers(
    customerIds: string[],
    input: { owner: string; leaseSeconds?: number },
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<ClientLinkDTO[]> {
    const ids = [...new Set((customerIds ?? []).filter(Boolean))]
    const { leaseSeconds, owner } = checkClaim({
      limit: Math.max(ids.length, 1),
      owner: input?.owner,
      leaseSeconds: input?.leaseSeconds ?? this.options_.queue.leaseSeconds,
    })
    if (!ids.length) {
      return []
    }
    const rows: ClientLinkDTO[] = await sharedContext.transactionManager!.execute(
      `WITH due AS (
         SELECT id FROM ${CLIENT_LINK}
         WHERE deleted_at IS NULL AND status = 'pending'
           AND customer_id IN (?)
           AND (next_attempt_at IS NULL OR next_attempt_at <= now())
           AND (lease_until IS NULL OR lease_until < now())
         FOR UPDATE SKIP LOCKED
       )
       UPDATE ${CLIENT_LINK} AS c
       SET lease_owner = ?,
           lease_until = now() + ? * interval '1 second',
           attempts = c.attempts + 1,
           updated_at = now()
       FROM due
       WHERE c.id = due.id
       RETURNING c.*`,
      [ids, owner, leaseSeconds]
    )
    return sortByCreation(rows)
  }

  /**
   * A linked customer is ambiguous when several ArchiDelivery clients share
   * its phone (`candidates`) or another customer is linked to the same
   * client. Recomputes the flag for the linked rows of these clients;
   * returns how many rows changed.
   */
  @InjectTransactionManager()
  async refreshClientLinkAmbiguity(
    clientIds: string[],
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<number> {
    const ids = [...new Set((clientIds ?? []).filter(Boolean))]
    if (!ids.length) {
      return 0
    }
    const rows = await sharedContext.transactionManager!.execute(
      `UPDATE ${CLIENT_LINK} AS l
       SET ambiguous = s.ambiguous, updated_at = now()
       FROM (
         SELECT id,
                (CASE WHEN jsonb_typeof(candidates) = 'array'
                      THEN jsonb_array_length(candidates) ELSE 0 END > 1
                 OR count(*) OVER (PARTITION BY archidelivery_client_id) > 1
                ) AS ambiguous
         FROM ${CLIENT_LINK}
         WHERE deleted_at IS NULL AND status = 'linked'
           AND archidelivery_client_id IN (?)
       ) AS s
       WHERE l.id = s.id AND l.ambiguous IS DISTINCT FROM s.ambiguous
       RETURNING l.id`,
      [ids]
    )
    return rows.length
  }

  /**
   * The drain's hot path in one transaction: writes the attempt log of a
   * claimed row, then completes the claim as completeOrderSyncClaim does.
   * The attempts are kept even when the claim was lost (they happened).
   * Added by the order sync (issue #4).
   */
  @InjectTransactionManager()
  async recordOrderSyncOutcome(
    id: string,
    owner: string,
    patch: OrderSyncClaimPatch,
    attempts: OrderAttemptInput[],
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<{ order_sync: OrderSyncDTO | null; attempt_ids: string[] }> {
    const ids = attempts.map(() => generateEntityId(undefined, "adatt"))
    if (attempts.length) {
      // clock_timestamp(): rows of one statement keep their written order.
      const tuple =
        "(?, ?, ?, ?, ?::jsonb, ?, ?, ?, clock_timestamp(), clock_timestamp())"
      await sharedContext.transactionManager!.execute(
        `INSERT INTO ${ORDER_ATTEMPT}
           (id, order_sync_id, outcome, message, request, reply, http_status,
            duration_ms, created_at, updated_at)
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
        ])
      )
    }
    const row = await this.completeOrderSyncClaim(
      id,
      owner,
      patch,
      sharedContext
    )
    return { order_sync: row, attempt_ids: ids }
  }
}

function checkClaim<
  T extends { limit: number; leaseSeconds: number; owner: string },
>(input: T): T {
  const problems: string[] = []
  if (!Number.isInteger(input?.limit) || input.limit < 1) {
    problems.push("limit: a positive integer")
  }
  if (!Number.isFinite(input?.leaseSeconds) || input.leaseSeconds <= 0) {
    problems.push("leaseSeconds: a positive number")
  }
  if (typeof input?.owner !== "string" || !input.owner) {
    problems.push("owner: a non-empty string that identifies this claim")
  }
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
  }
  return input
}

/** `SET` pairs for the allowed columns present in the patch (undefined skipped). */
function setClause(
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

function sortByCreation<T extends { created_at: Date; id: string }>(
  rows: T[]
): T[] {
  return rows.sort(
    (a, b) =>
      a.created_at.getTime() - b.created_at.getTime() ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}
