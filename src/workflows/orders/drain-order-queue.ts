import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  emptyDrainResult,
  tallyDrain,
  type DrainResult,
} from "../../lib/orders/drain-result"
import { errorMessage } from "../../lib/shared/error-message"
import { ORDER_DRAIN_LOCK_KEY } from "../../lib/shared/lock-keys"
import { withLock } from "../../lib/shared/locks"
import { archiDeliveryService } from "../../modules/archidelivery"
import type ArchiDeliveryModuleService from "../../modules/archidelivery/service"
import { drainPass } from "./drain-pass"
import { recordOrderQueuePingWorkflow } from "./record-order-queue-ping"
import type { CompletedOrderClaim } from "./steps/complete-order-claim"
import { newLeaseOwner } from "../../lib/shared/lease-owner"

export type { DrainResult } from "../../lib/orders/drain-result"

export type DrainOptions = {
  /** Seconds to wait for a running drain; the job waits 1, push-on-place a few. */
  lockTimeoutSeconds?: number
  /** Claim rounds before returning, so one drain cannot run forever. */
  maxRounds?: number
}

export { LockBusyError, LockFailedError } from "../../lib/shared/locks"

/**
 * THE drain, used by the minute job, by push-on-place and by
 * `POST /admin/archidelivery/orders/sync`:
 * 1. takes the Locking module's lock `archidelivery:order-drain`
 *    (LockBusyError when it stays busy past `lockTimeoutSeconds`,
 *    LockFailedError when the locking provider fails);
 * 2. pings ArchiDelivery, unless it answered within `queue.pingReuseSeconds`:
 *    on failure nothing is attempted and waiting rows are marked
 *    `ping_failed`; on success `ping_failed` rows are released;
 * 3. claims due rows atomically with a lease (`queue.batchSize`,
 *    `queue.leaseSeconds`, an owner id unique to this drain) and runs each
 *    through pushOrderWorkflow, or reconcileOrderWorkflow when the row is
 *    marked for reconciliation (a doubtful send or a lost lease), at most
 *    `queue.concurrency` at a time (drain-pass);
 * 4. claims again while rows are due, up to `maxRounds` rounds.
 * The first batch is claimed and loaded while the ping is out, so the first
 * order goes one round trip sooner; it is sent only once the ping answered.
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
  if (service.isShuttingDown()) {
    return emptyDrainResult()
  }
  const ping = pingArchiDelivery(container)
  const owner = newLeaseOwner()
  const final = new Map<string, CompletedOrderClaim["status"]>()
  const budget = { rounds: opts.maxRounds ?? 20 }
  const unwatch = watchStopSignals(service)
  try {
    // Rows that became due during a pass (a reconciled order to resend) are
    // taken by the next one; a pass that claims nothing ends the drain.
    let ready: Promise<boolean> | undefined = ping.ready
    while (budget.rounds > 0 && !service.isShuttingDown()) {
      const processed = await drainPass(
        container,
        owner,
        budget,
        (row, status) => final.set(row.order_id, status),
        ready
      )
      ready = undefined
      if (!processed) {
        break
      }
    }
  } finally {
    unwatch()
  }
  // Only now, with every row claimed meanwhile given back: a failed ping
  // marks the waiting rows, the claimed ones among them.
  const waiting = await ping.settle()
  if (waiting !== null) {
    return { ...emptyDrainResult(), queued: waiting }
  }
  return tallyDrain([...final.values()])
}

/**
 * Pings ArchiDelivery. `ready` tells whether it answered, once that answer
 * is applied to the queue (waiting rows released); `settle` then records a
 * failure, returning null when it answered, else how many rows now wait.
 * An answer to this process within `queue.pingReuseSeconds`, with no failed
 * call since, stands for the ping: a drain right after another sends one
 * round trip sooner, and a server lost meanwhile is met as it would be
 * right after a ping (a refused send waits for a later run).
 */
function pingArchiDelivery(container: MedusaContainer) {
  const service = archiDeliveryService(container)
  const client = service.getClient()
  const reuseMs = service.getOptions().queue.pingReuseSeconds * 1000
  const answer = (
    reuseMs > 0 && client.answeredWithin(reuseMs)
      ? Promise.resolve()
      : service.withRequestSlot(() => client.ping())
  ).then(
    () => null,
    (e: unknown) => ({ error: e })
  )
  let recordFailure: { error: unknown } | null = null
  const ready = answer.then(async (failed) => {
    if (failed) {
      return false
    }
    try {
      await recordOrderQueuePingWorkflow(container).run({
        input: { reachable: true },
      })
      return true
    } catch (e) {
      recordFailure = { error: e }
      return false
    }
  })
  const settle = async (): Promise<number | null> => {
    await ready
    if (recordFailure) {
      throw recordFailure.error
    }
    const failed = await answer
    if (!failed) {
      return null
    }
    const message = errorMessage(failed.error)
    const { result: marked } = await recordOrderQueuePingWorkflow(
      container
    ).run({
      input: { reachable: false, message },
    })
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `archidelivery: ping failed, ${marked.count} order(s) wait: ${message}`
      )
    return marked.count
  }
  return { ready, settle }
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
