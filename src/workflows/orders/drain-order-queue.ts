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
 * 2. pings ArchiDelivery: on failure nothing is attempted and waiting rows
 *    are marked `ping_failed`; on success `ping_failed` rows are released;
 * 3. claims due rows atomically with a lease (`queue.batchSize`,
 *    `queue.leaseSeconds`, an owner id unique to this drain) and runs each
 *    through pushOrderWorkflow, or reconcileOrderWorkflow when the row is
 *    marked for reconciliation (a doubtful send or a lost lease), at most
 *    `queue.concurrency` at a time (drain-pass);
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
  if (service.isShuttingDown()) {
    return emptyDrainResult()
  }
  const waiting = await pingArchiDelivery(container)
  if (waiting !== null) {
    return { ...emptyDrainResult(), queued: waiting }
  }
  const owner = newLeaseOwner()
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
  return tallyDrain([...final.values()])
}

/**
 * Pings ArchiDelivery and applies the answer to the queue. Returns null when
 * it answered, else how many rows now wait for it.
 */
async function pingArchiDelivery(
  container: MedusaContainer
): Promise<number | null> {
  try {
    const service = archiDeliveryService(container)
    await service.withRequestSlot(() => service.getClient().ping())
  } catch (e) {
    const { result: marked } = await recordOrderQueuePingWorkflow(
      container
    ).run({
      input: { reachable: false, message: errorMessage(e) },
    })
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `archidelivery: ping failed, ${marked.count} order(s) wait: ${errorMessage(e)}`
      )
    return marked.count
  }
  await recordOrderQueuePingWorkflow(container).run({
    input: { reachable: true },
  })
  return null
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
