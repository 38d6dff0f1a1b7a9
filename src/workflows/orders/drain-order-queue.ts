import { runWorkers } from "../../lib/shared/pool"
import { randomUUID } from "node:crypto"
import { hostname } from "node:os"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { errorMessage } from "../../lib/shared/error-message"
import { orderPhone } from "../../lib/orders/order-payload"
import { backoffMs } from "../../lib/orders/queue-policy"
import { archiDeliveryService } from "../../modules/archidelivery"
import type ArchiDeliveryModuleService from "../../modules/archidelivery/service"
import type { OrderSyncDTO } from "../../modules/archidelivery/types"
import { pushOrderWorkflow } from "./push-order"
import { reconcileOrderWorkflow } from "./reconcile-order"
import { recordOrderOutcomeWorkflow } from "./record-order-outcome"
import { recordOrderQueuePingWorkflow } from "./record-order-queue-ping"
import type { CompletedOrderClaim } from "./steps/complete-order-claim"
import { attemptFrom } from "../../lib/orders/attempts"
import { toClaimed } from "../../lib/orders/claim"
import { withLock } from "../../lib/shared/locks"
import { ORDER_DRAIN_LOCK_KEY } from "../../lib/shared/lock-keys"
import { loadOrdersForPush, type OrderPushData } from "./load-orders-for-push"

export type DrainResult = {
  /** Rows claimed (sent, reconciled or given back). */
  attempted: number
  sent: number
  queued: number
  failed: number
  needs_review: number
}

export type DrainOptions = {
  /** Seconds to wait for a running drain; the job waits 1, push-on-place a few. */
  lockTimeoutSeconds?: number
  /** Claim rounds before returning, so one drain cannot run forever. */
  maxRounds?: number
}

export { LockBusyError, LockFailedError } from "../../lib/shared/locks"

const emptyResult = (): DrainResult => ({
  attempted: 0,
  sent: 0,
  queued: 0,
  failed: 0,
  needs_review: 0,
})

/**
 * THE drain, used by the minute job, by push-on-place and by
 * `POST /admin/archidelivery/orders/sync`:
 * 1. takes the Locking module's lock `archidelivery:order-drain`
 *    (LockBusyError when it stays busy past `lockTimeoutSeconds`,
 *    LockFailedError when the locking provider fails);
 * 2. pings ArchiDelivery: on failure nothing is attempted and waiting rows
 *    are marked `ping_failed`; on success `ping_failed` rows are released;
 * 3. claims due rows atomically with a lease (`queue.batchSize`,
 *    `queue.leaseSeconds`, an owner id unique to this drain) and runs each
 *    through pushOrderWorkflow, or reconcileOrderWorkflow when the row is
 *    marked for reconciliation (a doubtful send or a lost lease), at most
 *    `queue.concurrency` at a time;
 * 4. claims again while rows are due, up to `maxRounds` rounds.
 */
export async function drainOrderQueue(
  container: MedusaContainer,
  opts: DrainOptions = {}
): Promise<DrainResult> {
  const service = archiDeliveryService(container)
  const { leaseSeconds } = service.getOptions().queue
  return withLock(
    container,
    ORDER_DRAIN_LOCK_KEY,
    // The lock outlives a drain's claims, so a crashed holder frees it.
    {
      timeoutSeconds: opts.lockTimeoutSeconds ?? 1,
      expireSeconds: Math.max(60, leaseSeconds * 2),
    },
    () => runOrderDrain(container, opts)
  )
}

/**
 * The drain without the lock. The atomic claims alone keep concurrent drains
 * from sending an order twice (the lock only saves work); tests call this to
 * prove exactly that.
 */
export async function runOrderDrain(
  container: MedusaContainer,
  opts: DrainOptions = {}
): Promise<DrainResult> {
  const service = archiDeliveryService(container)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result = emptyResult()
  if (service.isShuttingDown()) {
    return result
  }

  try {
    await service.getClient().ping()
  } catch (e) {
    const { result: marked } = await recordOrderQueuePingWorkflow(
      container
    ).run({
      input: { reachable: false, message: errorMessage(e) },
    })
    logger.warn(
      `archidelivery: ping failed, ${marked.count} order(s) wait: ${errorMessage(e)}`
    )
    return { ...result, queued: marked.count }
  }
  await recordOrderQueuePingWorkflow(container).run({
    input: { reachable: true },
  })

  const owner = `${hostname()}:${process.pid}:${randomUUID()}`
  const final = new Map<string, CompletedOrderClaim["status"]>()
  const budget = { rounds: opts.maxRounds ?? 20 }
  const unwatch = watchStopSignals(service)
  try {
    // Rows that became due during a pass (a reconciled order to resend) are
    // taken by the next one; a pass that claims nothing ends the drain.
    while (budget.rounds > 0 && !service.isShuttingDown()) {
      const processed = await drainPass(
        container,
        owner,
        budget,
        (row, status) => final.set(row.order_id, status)
      )
      if (!processed) {
        break
      }
    }
  } finally {
    unwatch()
  }
  result.attempted = final.size
  for (const status of final.values()) {
    // A cancelled order counts as attempted only.
    if (status && status in result) {
      result[status as keyof DrainResult]++
    }
  }
  return result
}

const STOP_SIGNALS = ["SIGTERM", "SIGINT"] as const

/**
 * While a drain runs, a stop signal gives its unstarted rows back at once,
 * before the host's own shutdown gets to the module's hook. When nothing
 * else handles the signal, the process then ends as it would have.
 */
function watchStopSignals(service: ArchiDeliveryModuleService): () => void {
  const handlers = STOP_SIGNALS.map((signal) => {
    const onSignal = () => {
      void service.shutDownDrains().finally(() => {
        if (!process.listenerCount(signal)) {
          process.kill(process.pid, signal)
        }
      })
    }
    process.once(signal, onSignal)
    return () => process.removeListener(signal, onSignal)
  })
  return () => handlers.forEach((remove) => remove())
}

type ClaimedRow = { row: OrderSyncDTO; claimedAt: number; data: OrderPushData }

/**
 * Claims and pushes until a claim comes back empty. The next batch is
 * claimed while the last rows of the current one are still being sent, so
 * the `concurrency` slots never wait on the database between batches.
 * Rows claimed but not started are given back untried (queued, not
 * doubtful) when their orders cannot be loaded and when the app stops.
 * Returns how many rows it processed.
 */
async function drainPass(
  container: MedusaContainer,
  owner: string,
  budget: { rounds: number },
  onDone: (row: OrderSyncDTO, status: CompletedOrderClaim["status"]) => void
): Promise<number> {
  const service = archiDeliveryService(container)
  const options = service.getOptions()
  const { batchSize, leaseSeconds, concurrency } = options.queue
  const buffer: ClaimedRow[] = []
  let exhausted = false
  let stopped = false
  let failure: unknown
  let refilling: Promise<void> | null = null
  let processed = 0
  // Rows being pushed or reconciled now: their leases are renewed while the
  // work lasts, so a slow lookup does not lose its claim halfway.
  const inFlight = new Map<string, OrderSyncDTO>()
  const heartbeat = setInterval(
    () => {
      if (inFlight.size) {
        service
          .extendOrderSyncClaims([...inFlight.values()], leaseSeconds)
          .catch((e) =>
            container
              .resolve(ContainerRegistrationKeys.LOGGER)
              .warn(
                `archidelivery: order leases not renewed: ${errorMessage(e)}`
              )
          )
      }
    },
    Math.max(1_000, (leaseSeconds * 1000) / 3)
  )
  heartbeat.unref()

  const giveBack = (rows: OrderSyncDTO[]) => releaseUnstarted(container, rows)

  const claim = async () => {
    let rows: OrderSyncDTO[] = []
    try {
      if (exhausted || stopped || budget.rounds <= 0) {
        exhausted = true
        return
      }
      budget.rounds--
      const claimedAt = Date.now()
      rows = await service.claimDueOrderSyncs({
        limit: batchSize,
        leaseSeconds,
        owner,
      })
      if (!rows.length) {
        exhausted = true
        return
      }
      const data = await loadOrdersForPush(
        container,
        rows.map((r) => r.order_id)
      )
      if (stopped) {
        await giveBack(rows)
        return
      }
      buffer.push(
        ...rows.map((row) => ({
          row,
          claimedAt,
          data: data.get(row.order_id)!,
        }))
      )
    } catch (e) {
      failure ??= e
      exhausted = true
      // Nothing of this batch was started: it waits in the queue, not for
      // reconciliation after its lease.
      await giveBack(rows)
    }
  }
  // One claim at a time; `finally` runs after the assignment, never before.
  const refill = () =>
    (refilling ??= claim().finally(() => {
      refilling = null
    }))

  const worker = async () => {
    for (;;) {
      if (stopped) {
        return
      }
      if (buffer.length <= concurrency && !exhausted) {
        void refill()
      }
      const next = buffer.shift()
      if (!next) {
        if (refilling) {
          await refilling
          continue
        }
        return
      }
      processed++
      inFlight.set(next.row.id, next.row)
      try {
        onDone(
          next.row,
          await processRow(container, next.row, next.claimedAt, next.data)
        )
      } finally {
        inFlight.delete(next.row.id)
      }
    }
  }
  const workers = runWorkers(concurrency, worker)
  const unsubscribe = service.onShutdown(async () => {
    stopped = true
    await giveBack(buffer.splice(0).map((c) => c.row))
    await refilling
    // Let the sends in flight record their outcome, within what a request
    // may take; past that their leases run out and they are reconciled.
    const requestMs = options.connectTimeoutMs + options.replyTimeoutMs + 2_000
    await Promise.race([
      workers,
      new Promise((r) => setTimeout(r, requestMs).unref()),
    ])
  })
  try {
    await workers
  } finally {
    clearInterval(heartbeat)
    unsubscribe()
  }
  if (failure) {
    throw failure
  }
  return processed
}

/** Gives claimed rows back untried; a failure here only leaves them to their lease. */
async function releaseUnstarted(
  container: MedusaContainer,
  rows: OrderSyncDTO[]
): Promise<void> {
  if (!rows.length) {
    return
  }
  const service = archiDeliveryService(container)
  try {
    await service.releaseOrderSyncClaims(rows)
  } catch (e) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `archidelivery: ${rows.length} claimed order(s) could not be given back and wait for their lease: ${errorMessage(e)}`
      )
  }
}

async function processRow(
  container: MedusaContainer,
  row: OrderSyncDTO,
  claimedAt: number,
  data: OrderPushData
): Promise<CompletedOrderClaim["status"]> {
  const service = archiDeliveryService(container)
  const options = service.getOptions()
  const order_sync = toClaimed(row)
  try {
    if (row.reconcile) {
      const phone = data.order
        ? orderPhone(data.order, options.phone.defaultCountry).e164
        : null
      const { result } = await reconcileOrderWorkflow(container).run({
        input: { order_sync, phone },
      })
      return result.status
    }
    const { result } = await pushOrderWorkflow(container).run({
      input: { order_sync, claimed_at: claimedAt, ...data },
    })
    return result.status
  } catch (e) {
    // The push broke in our own code or database: the request may have gone
    // out, so the row waits for reconciliation, never for a blind resend.
    const message = `internal error: ${errorMessage(e)}`
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`archidelivery: order ${row.order_id}: ${message}`)
    try {
      const next = new Date(
        Date.now() +
          backoffMs(row.attempts, {
            maxBackoffSeconds: options.queue.maxBackoffSeconds,
          })
      )
      const { result } = await recordOrderOutcomeWorkflow(container).run({
        input: {
          order_sync,
          outcome: {
            patch: {
              status: "queued",
              reconcile: true,
              next_attempt_at: next.toISOString(),
              last_error: message,
              last_error_kind: "internal_error",
            },
            attempts: [attemptFrom("internal_error", message)],
          },
        },
      })
      return result.status
    } catch {
      // The lease runs out and the next drain reconciles the row.
      return "sending"
    }
  }
}
