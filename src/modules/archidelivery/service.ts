import type { Context, ModuleJoinerConfig } from "@medusajs/framework/types"
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
import {
  summarizeClient,
  type ClientSummary,
} from "../../lib/customers/client-data"
import {
  runServerCheck,
  type SentOrder,
  type ServerCheckReport,
} from "../../lib/server-check"
import {
  clientForPoint,
  clientFromOptions,
  pointServer,
} from "../../lib/shared/client-from-options"
import { errorMessage } from "../../lib/shared/error-message"
import {
  describeOptions,
  readPluginOptions,
  type ArchiDeliveryOptions,
} from "../../lib/shared/options"
import { createLimiter, type Limiter } from "../../lib/shared/pool"
import { createQueueWake } from "../../lib/orders/queue-wake"
import { joinerConfig, MODELS } from "./joiner-config"
import {
  checkToken,
  completeClaim,
  completeClaimCountingHolders,
  insertAttempts,
  setClause,
} from "./order-sync-sql"
import { selectLinkStates, type LinkStateFilter } from "./product-link-sql"
import { ORDER_SYNC_STATUSES } from "./models/order-sync"
import type {
  ClaimClientLinksInput,
  ClaimOrderSyncsInput,
  ClientLinkClaimPatch,
  ClientLinkDTO,
  ClientLinkValues,
  EnqueueOrderSyncInput,
  OrderAttemptInput,
  OrderSyncClaimPatch,
  OrderSyncDTO,
  OrderSyncStatus,
} from "./types"

const ORDER_SYNC = "archidelivery_order_sync"
const CLIENT_LINK = "archidelivery_client_link"
const SLOT_BOOKING = "archidelivery_slot_booking"

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

export default class ArchiDeliveryModuleService extends MedusaService(MODELS) {
  protected readonly options_: ArchiDeliveryOptions
  protected client_?: ArchiDeliveryClient
  protected readonly pointClients_ = new Map<string, ArchiDeliveryClient>()
  protected stopping_ = false
  protected readonly onShutdown_ = new Set<() => Promise<void>>()
  protected readonly requestSlots_: Limiter
  protected readonly queueWake_ = createQueueWake()
  // Medusa calls these on its way down (SIGTERM, SIGINT, a test's teardown).
  readonly __hooks = {
    onApplicationPrepareShutdown: () => this.shutDownDrains(),
  }

  constructor(container: Record<string, unknown>, options: unknown) {
    // @ts-ignore the generated base takes the module's container and options
    super(...arguments)
    this.options_ = readPluginOptions(options)
    this.requestSlots_ = createLimiter(this.options_.queue.concurrency)
  }

  /**
   * Runs one of the drains' requests to ArchiDelivery once fewer than
   * `queue.concurrency` are in flight in this process: the kitchen's PC
   * sees no more at once however many orders are being loaded and recorded
   * around them.
   */
  withRequestSlot<R>(request: () => Promise<R>): Promise<R> {
    return this.requestSlots_(request)
  }

  /**
   * Tells this process's running drains that orders were just queued: one
   * still working takes them at once instead of leaving them for the next
   * drain (another ping, another lock).
   */
  announceQueued(): void {
    this.queueWake_.announce()
  }

  /** Calls `fn` on every announceQueued until the returned function is called. */
  onQueued(fn: () => void): () => void {
    return this.queueWake_.listen(fn)
  }

  /** How Query reaches the models: by table name, through these methods. */
  __joinerConfig(): ModuleJoinerConfig {
    return joinerConfig
  }

  /** True once the app is stopping: a drain claims nothing more. */
  isShuttingDown(): boolean {
    return this.stopping_
  }

  /**
   * Runs `stop` when the app stops (a drain gives back the rows it claimed
   * and has not started). Returns the function that unsubscribes.
   */
  onShutdown(stop: () => Promise<void>): () => void {
    this.onShutdown_.add(stop)
    return () => {
      this.onShutdown_.delete(stop)
    }
  }

  /** Stops this process's drains; waits until their unstarted rows are back. */
  async shutDownDrains(): Promise<void> {
    this.stopping_ = true
    await Promise.allSettled([...this.onShutdown_].map((stop) => stop()))
  }

  /** The validated plugin options: subscribers, jobs and routes read them here. */
  getOptions(): ArchiDeliveryOptions {
    return this.options_
  }

  /**
   * One protocol client per module instance, built from the options; for a
   * point with its own server (`delivery.points[].url`), that server's.
   */
  getClient(pointId?: string | null): ArchiDeliveryClient {
    if (pointId && pointServer(this.options_, pointId)) {
      let client = this.pointClients_.get(pointId)
      if (!client) {
        client = clientForPoint(this.options_, pointId)
        this.pointClients_.set(pointId, client)
      }
      return client
    }
    this.client_ ??= clientFromOptions(this.options_)
    return this.client_
  }

  /** Which server an order of this point lives on: the point's own, or "" for the main one. */
  serverOf(pointId: string | null | undefined): string {
    return pointId && this.hasOwnServer(pointId) ? pointId : ""
  }

  /** True when the point has its own ArchiDelivery server. */
  hasOwnServer(pointId: string | null | undefined): boolean {
    return !!pointServer(this.options_, pointId)
  }

  /** The options as an admin may see them: header values hidden. */
  describeOptions(): ReturnType<typeof describeOptions> {
    return describeOptions(this.options_)
  }

  /**
   * Pings ArchiDelivery for the health reply. An unreachable back office is
   * an answer, not a failure: `error` says why, without the server's address.
   */
  async pingArchiDelivery(): Promise<
    | { reachable: true; version: string | null; latency_ms: number }
    | { reachable: false; version: null; latency_ms: number; error: string }
  > {
    const started = Date.now()
    try {
      const { version, latencyMs } = await this.getClient().ping()
      return { reachable: true, version, latency_ms: latencyMs }
    } catch (e) {
      return {
        reachable: false,
        version: null,
        latency_ms: Date.now() - started,
        error: errorMessage(e),
      }
    }
  }

  /**
   * A client as ArchiDelivery holds it, for the admin; `client` is null and
   * `client_error` says why when there is none or it cannot be read.
   */
  async describeArchiDeliveryClient(
    clientId: string
  ): Promise<{ client: ClientSummary | null; client_error: string | null }> {
    try {
      const row = await this.getClient().getClientData(clientId)
      return row
        ? { client: summarizeClient(row), client_error: null }
        : {
            client: null,
            client_error: `ArchiDelivery has no client ${clientId}`,
          }
    } catch (e) {
      return {
        client: null,
        client_error: `ArchiDelivery could not be read: ${errorMessage(e)}`,
      }
    }
  }

  /**
   * Asks ArchiDelivery, through read-only methods only, what the plugin
   * needs to know about it under these options; `sentOrders` test the
   * order lookup.
   */
  async checkServer(input: {
    phone?: string
    sentOrders: SentOrder[]
  }): Promise<ServerCheckReport> {
    const options = this.options_
    return runServerCheck(this.getClient(), {
      menuFields: options.menuFields,
      pointId: options.pointId,
      replyCharset: options.replyCharset,
      defaultCountry: options.phone.defaultCountry,
      phone: input.phone,
      sentOrders: input.sentOrders,
    })
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
      r.point_id ?? null,
    ])
    await em.execute(
      `INSERT INTO ${ORDER_SYNC} (id, order_id, display_id, point_id)
       VALUES ${rows.map(() => "(?, ?, ?, ?)").join(", ")}
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
   * nobody knows whether ArchiDelivery got it. Every claimed row gets a new
   * `claim_token` (a fencing token): only it completes or releases the claim.
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
           claim_token = gen_random_uuid()::text,
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
   * ours: its token is the current one and its lease has not run out (by
   * the database's clock, the one that set it). Returns null otherwise; a
   * claim whose lease ran out is the next claimer's to reconcile, even when
   * nobody has taken it yet.
   */
  @InjectTransactionManager()
  async completeOrderSyncClaim(
    id: string,
    claimToken: string,
    patch: OrderSyncClaimPatch,
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<OrderSyncDTO | null> {
    return completeClaim(
      sharedContext.transactionManager!,
      id,
      claimToken,
      patch
    )
  }

  /**
   * Gives a claimed row back untried (e.g. on shutdown): queued again and the
   * attempt the claim counted is taken back. Null when the claim was lost.
   */
  @InjectTransactionManager()
  async releaseOrderSyncClaim(
    id: string,
    claimToken: string,
    options: { next_attempt_at?: Date | null } = {},
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<OrderSyncDTO | null> {
    checkToken(claimToken)
    const [row] = await this.releaseOrderSyncClaims(
      [{ id, claim_token: claimToken }],
      options,
      sharedContext
    )
    return row ?? null
  }

  /**
   * Gives claimed rows back untried in one statement: a drain that claimed
   * them and never started them (its order loading failed, the app is
   * stopping). Only rows whose claim is still the given one change, lease
   * run out or not: nothing was sent, so nothing needs reconciling.
   * The row's `reconcile` flag stays as the claim found it.
   */
  @InjectTransactionManager()
  async releaseOrderSyncClaims(
    claims: { id: string; claim_token: string | null }[],
    options: { next_attempt_at?: Date | null } = {},
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<OrderSyncDTO[]> {
    const held = (claims ?? []).filter((c) => c?.id && c.claim_token)
    if (!held.length) {
      return []
    }
    const rows: OrderSyncDTO[] =
      await sharedContext.transactionManager!.execute(
        `UPDATE ${ORDER_SYNC} AS s
       SET status = 'queued', attempts = GREATEST(s.attempts - 1, 0),
           next_attempt_at = ?, lease_owner = NULL, lease_until = NULL,
           claim_token = NULL, updated_at = now()
       FROM (VALUES ${held.map(() => "(?, ?)").join(", ")}) AS c(id, token)
       WHERE s.id = c.id AND s.claim_token = c.token
         AND s.status = 'sending' AND s.deleted_at IS NULL
       RETURNING s.*`,
        [
          options.next_attempt_at ?? null,
          ...held.flatMap((c) => [c.id, c.claim_token]),
        ]
      )
    return sortByCreation(rows)
  }

  /**
   * Extends the leases of claims still held (their token current, their
   * lease not yet run out): a worker busy past a lease — a long
   * reconciliation — keeps its rows. A claim already lost stays lost.
   * Returns the ids extended.
   */
  @InjectTransactionManager()
  async extendOrderSyncClaims(
    claims: { id: string; claim_token: string | null }[],
    leaseSeconds: number,
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<string[]> {
    const held = (claims ?? []).filter((c) => c?.id && c.claim_token)
    if (!held.length) {
      return []
    }
    if (!Number.isFinite(leaseSeconds) || leaseSeconds <= 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "leaseSeconds: a positive number"
      )
    }
    const rows: { id: string }[] =
      await sharedContext.transactionManager!.execute(
        `UPDATE ${ORDER_SYNC} AS s
       SET lease_until = now() + ? * interval '1 second', updated_at = now()
       FROM (VALUES ${held.map(() => "(?, ?)").join(", ")}) AS c(id, token)
       WHERE s.id = c.id AND s.claim_token = c.token
         AND s.status = 'sending' AND s.lease_until > now()
         AND s.deleted_at IS NULL
       RETURNING s.id`,
        [leaseSeconds, ...held.flatMap((c) => [c.id, c.claim_token])]
      )
    return rows.map((r) => r.id)
  }

  /**
   * The links a menu import compares its rows with, as plain rows (see
   * selectLinkStates): by ArchiDelivery ids, size groups or products.
   */
  @InjectManager()
  async listProductLinkStates(
    filter: LinkStateFilter,
    @MedusaContext() sharedContext: Ctx = {}
  ) {
    const em = sharedContext.transactionManager ?? sharedContext.manager!
    return selectLinkStates(em, filter)
  }

  /**
   * Adds a finished chunk's rows to its run's progress, in one statement:
   * chunks run side by side and may finish in any order.
   */
  @InjectManager()
  async advanceProductImport(
    id: string,
    rows: number,
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<void> {
    const em = sharedContext.transactionManager ?? sharedContext.manager!
    await em.execute(
      `UPDATE archidelivery_product_import
       SET progress_done = progress_done + ?, updated_at = now()
       WHERE id = ? AND deleted_at IS NULL`,
      [rows, id]
    )
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
    const rows: ClientLinkDTO[] =
      await sharedContext.transactionManager!.execute(
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
   * Creates or overwrites a customer's link, a claim in flight included;
   * returns it with the row it overwrote (null when it created one), so a
   * compensation can put that back.
   */
  async setClientLink(
    customerId: string,
    values: ClientLinkValues
  ): Promise<{ link: ClientLinkDTO; previous: ClientLinkDTO | null }> {
    const find = async () =>
      (
        await this.listClientLinks({
          customer_id: customerId,
        })
      )[0]
    // The model types the json column as an object; candidates are an array.
    const row = values as Omit<ClientLinkValues, "candidates"> & {
      candidates?: Record<string, unknown> | null
    }
    let previous = await find()
    if (!previous) {
      try {
        const link = await this.createClientLinks({
          customer_id: customerId,
          ...row,
        })
        return { link: link, previous: null }
      } catch (e) {
        // Another request created the row meanwhile (unique customer_id):
        // the newer one wins.
        previous = await find()
        if (!previous) {
          throw e
        }
      }
    }
    const link = await this.updateClientLinks({ id: previous.id, ...row })
    return { link: link, previous }
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
   * Records what a claimed row's worker did: first the attempts, committed
   * on their own (a send that happened stays recorded whatever fails after
   * it), then the claim's completion as completeOrderSyncClaim does. The
   * attempts are kept even when the claim was lost (they happened).
   */
  @InjectManager()
  async recordOrderSyncOutcome(
    id: string,
    claimToken: string,
    patch: OrderSyncClaimPatch,
    attempts: OrderAttemptInput[],
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<{ order_sync: OrderSyncDTO | null; attempt_ids: string[] }> {
    checkToken(claimToken)
    // One statement each, each its own transaction: an explicit BEGIN and
    // COMMIT around a single statement would only add round trips.
    const em = sharedContext.transactionManager ?? sharedContext.manager!
    const attempt_ids = await insertAttempts(em, id, attempts)
    const { row, holders } = await completeClaimCountingHolders(
      em,
      id,
      claimToken,
      patch
    )
    if (
      row?.status === "sent" &&
      row.archidelivery_order_id &&
      holders > 0 &&
      (await this.sameServerHolders(em, row)).length
    ) {
      // After the completion, never inside it: an id held elsewhere must
      // not undo the record of a send.
      return {
        order_sync: (await this.flagReusedArchiDeliveryId(row.id)) ?? row,
        attempt_ids,
      }
    }
    return { order_sync: row, attempt_ids }
  }

  /** Writes attempt log rows of one queue row in their written order. */
  @InjectTransactionManager()
  async logOrderAttempts(
    id: string,
    attempts: OrderAttemptInput[],
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<string[]> {
    return insertAttempts(sharedContext.transactionManager!, id, attempts)
  }

  /** Other rows holding this row's ArchiDelivery id on the same server. */
  private async sameServerHolders(
    em: SqlEntityManager,
    row: OrderSyncDTO
  ): Promise<OrderSyncDTO[]> {
    const held: OrderSyncDTO[] = await em.execute(
      `SELECT * FROM ${ORDER_SYNC}
       WHERE archidelivery_order_id = ? AND id <> ? AND deleted_at IS NULL
       ORDER BY created_at, id`,
      [row.archidelivery_order_id, row.id]
    )
    // Each server numbers its own orders: only a holder on the same server reuses the id.
    const server = this.serverOf(row.point_id)
    return held.filter((r) => this.serverOf(r.point_id) === server)
  }

  /**
   * A row just recorded as sent under an ArchiDelivery id that other rows
   * hold: the back office hands ids out again (its database restored or
   * switched). Every holder is flagged with an attempt saying so, and the
   * older holders stop following kitchen statuses, since the id now names
   * this order. Returns the row as it is now.
   */
  @InjectTransactionManager()
  async flagReusedArchiDeliveryId(
    id: string,
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<OrderSyncDTO | null> {
    const em = sharedContext.transactionManager!
    const [row]: OrderSyncDTO[] = await em.execute(
      `SELECT * FROM ${ORDER_SYNC} WHERE id = ? AND deleted_at IS NULL`,
      [id]
    )
    if (!row?.archidelivery_order_id) {
      return row ?? null
    }
    const others = await this.sameServerHolders(em, row)
    if (!others.length) {
      return row
    }
    const adId = row.archidelivery_order_id
    const name = (r: OrderSyncDTO) =>
      r.display_id === null ? r.order_id : `#${r.display_id}`
    const [flagged]: OrderSyncDTO[] = await em.execute(
      `UPDATE ${ORDER_SYNC} SET archidelivery_id_reused = true, updated_at = now()
       WHERE id = ? RETURNING *`,
      [id]
    )
    await em.execute(
      `UPDATE ${ORDER_SYNC}
       SET archidelivery_id_reused = true, status_final = true, updated_at = now()
       WHERE id IN (?)`,
      [others.map((r) => r.id)]
    )
    await insertAttempts(em, id, [
      {
        outcome: "id_reused",
        message: `ArchiDelivery order id ${adId} was given before to order ${others.map(name).join(", ")}: ArchiDelivery hands out ids again (its database was restored or switched). This order was sent once and is not sent again.`,
      },
    ])
    for (const other of others) {
      await insertAttempts(em, other.id, [
        {
          outcome: "id_reused",
          message: `ArchiDelivery gave order id ${adId} again, to order ${name(row)}; this order's kitchen status is no longer read from it.`,
        },
      ])
    }
    return flagged
  }

  /**
   * Takes a seat of a delivery slot for a cart, or returns null when all
   * `capacity` seats are taken. Each seat is one INSERT that the unique
   * (point, slot, seat) index lets through once, so concurrent checkouts
   * never overbook. A cart holding a seat of this slot keeps it (a retried
   * completion); a seat of another slot is given back first.
   */
  @InjectManager()
  async takeSlotSeat(
    input: {
      point_id: string
      slot_start: string
      cart_id: string
      capacity: number
    },
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<{ id: string; seat: number; existing: boolean } | null> {
    const em = sharedContext.manager!
    const held: {
      id: string
      seat: number
      point_id: string
      slot_start: string
    }[] = await em.execute(
      `SELECT id, seat, point_id, slot_start FROM ${SLOT_BOOKING}
         WHERE cart_id = ? AND deleted_at IS NULL`,
      [input.cart_id]
    )
    const mine = held[0]
    if (
      mine?.point_id === input.point_id &&
      mine.slot_start === input.slot_start
    ) {
      return { id: mine.id, seat: mine.seat, existing: true }
    }
    if (mine) {
      await em.execute(`DELETE FROM ${SLOT_BOOKING} WHERE id = ?`, [mine.id])
    }
    const taken: { seat: number }[] = await em.execute(
      `SELECT seat FROM ${SLOT_BOOKING}
       WHERE point_id = ? AND slot_start = ? AND deleted_at IS NULL`,
      [input.point_id, input.slot_start]
    )
    const busy = new Set(taken.map((r) => Number(r.seat)))
    for (let seat = 1; seat <= input.capacity; seat++) {
      if (busy.has(seat)) {
        continue
      }
      const id = generateEntityId(undefined, "adslb")
      const rows: { id: string }[] = await em.execute(
        `INSERT INTO ${SLOT_BOOKING} (id, point_id, slot_start, seat, cart_id)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
        [id, input.point_id, input.slot_start, seat, input.cart_id]
      )
      if (rows.length) {
        return { id, seat, existing: false }
      }
    }
    return null
  }

  /** Gives a seat back (a cart completion that failed after taking it). */
  @InjectManager()
  async releaseSlotSeat(
    id: string,
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<void> {
    await sharedContext.manager!.execute(
      `DELETE FROM ${SLOT_BOOKING} WHERE id = ?`,
      [id]
    )
  }

  /** Seats taken per slot start at a point. */
  @InjectManager()
  async slotSeatsTaken(
    pointId: string,
    @MedusaContext() sharedContext: Ctx = {}
  ): Promise<Map<string, number>> {
    const rows: { slot_start: string; taken: string | number }[] =
      await sharedContext.manager!.execute(
        `SELECT slot_start, count(*) AS taken FROM ${SLOT_BOOKING}
         WHERE point_id = ? AND deleted_at IS NULL GROUP BY slot_start`,
        [pointId]
      )
    return new Map(rows.map((r) => [r.slot_start, Number(r.taken)]))
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

function sortByCreation<T extends { created_at: Date; id: string }>(
  rows: T[]
): T[] {
  return rows.sort(
    (a, b) =>
      a.created_at.getTime() - b.created_at.getTime() ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}
