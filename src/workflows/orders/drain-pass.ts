import type { MedusaContainer } from "@medusajs/framework/types"
import { requestBudgetMs } from "../../lib/orders/claim"
import { runWorkers } from "../../lib/shared/pool"
import { archiDeliveryService } from "../../modules/archidelivery"
import type { OrderSyncDTO } from "../../modules/archidelivery/types"
import { claimBuffer } from "./drain-claims"
import { leaseHeartbeat } from "./drain-leases"
import { processClaimedRow } from "./drain-row"
import type { CompletedOrderClaim } from "./steps/complete-order-claim"

/**
 * Workers per request slot. Each order's own work (loading, the workflow,
 * recording the attempt) happens around its request; with more workers than
 * slots, some record orders while others' requests are in flight, and
 * ArchiDelivery still sees `queue.concurrency` at once.
 */
export const DRAIN_WORKERS_PER_REQUEST_SLOT = 4

/**
 * One pass of a drain: workers take claimed rows until a claim comes back
 * empty, each row's lease renewed while it is worked on; their requests to
 * ArchiDelivery go `queue.concurrency` at a time (withRequestSlot).
 * When the app stops, the rows not started are given back and the ones in
 * flight get as long as a request may take. Returns how many rows it
 * processed; a failed claim is rethrown once the rows taken are done.
 */
export async function drainPass(
  container: MedusaContainer,
  owner: string,
  budget: { rounds: number },
  onDone: (row: OrderSyncDTO, status: CompletedOrderClaim["status"]) => void,
  /** The drain's ping: rows are claimed meanwhile, sent only once it answered. */
  ready?: Promise<boolean>
): Promise<number> {
  const service = archiDeliveryService(container)
  const options = service.getOptions()
  const { leaseSeconds, concurrency, batchSize } = options.queue
  const workerCount = concurrency * DRAIN_WORKERS_PER_REQUEST_SLOT
  const claims = claimBuffer(container, {
    owner,
    budget,
    // A claim and the loading of its orders take longer than the workers
    // take to send a few rows: the next batch is claimed a whole batch
    // ahead, so they never wait for it (the leases outlast that easily).
    lowWater: Math.max(workerCount, batchSize),
    workers: workerCount,
    ready,
    // Enough to fill every request slot, loaded quickly: the first sends
    // start while the rest of the first batch is claimed.
    opening: concurrency,
  })
  const leases = leaseHeartbeat(container, leaseSeconds)
  let processed = 0
  const workers = runWorkers(workerCount, async () => {
    for (let next = await claims.take(); next; next = await claims.take()) {
      processed++
      const claimed = next
      const status = await leases.hold(claimed.row, () =>
        processClaimedRow(container, claimed)
      )
      onDone(claimed.row, status)
    }
  })
  const unsubscribe = service.onShutdown(async () => {
    await claims.stop()
    // Let the sends in flight record their outcome, within what a request
    // may take; past that their leases run out and they are reconciled.
    await Promise.race([
      workers,
      new Promise((r) => setTimeout(r, requestBudgetMs(options)).unref()),
    ])
  })
  try {
    await workers
  } finally {
    leases.stop()
    unsubscribe()
  }
  if (claims.failure()) {
    throw claims.failure()
  }
  return processed
}
