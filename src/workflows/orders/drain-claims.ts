import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { errorMessage } from "../../lib/shared/error-message"
import { archiDeliveryService } from "../../modules/archidelivery"
import type { OrderSyncDTO } from "../../modules/archidelivery/types"
import { loadOrdersForPush, type OrderPushData } from "./load-orders-for-push"

/** A row a drain pass claimed, with its order loaded, waiting for a worker. */
export type ClaimedRow = {
  row: OrderSyncDTO
  claimedAt: number
  data: OrderPushData
}

/** Gives claimed rows back untried; a failure here only leaves them to their lease. */
export async function giveBackClaims(
  container: MedusaContainer,
  rows: OrderSyncDTO[]
): Promise<void> {
  if (!rows.length) {
    return
  }
  try {
    await archiDeliveryService(container).releaseOrderSyncClaims(rows)
  } catch (e) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `archidelivery: ${rows.length} claimed order(s) could not be given back and wait for their lease: ${errorMessage(e)}`
      )
  }
}

/**
 * The claimed rows of a drain pass not yet started. The next batch is
 * claimed (one claim at a time, each spending a round of the budget) while
 * the last rows of the current one are still being sent, so the workers
 * never wait on the database between batches. Rows claimed but not started
 * are given back untried (queued, not doubtful) when their orders cannot be
 * loaded and when the pass stops.
 */
export function claimBuffer(
  container: MedusaContainer,
  opts: {
    owner: string
    budget: { rounds: number }
    /** Claim the next batch once this few rows are left. */
    lowWater: number
  }
) {
  const service = archiDeliveryService(container)
  const { batchSize, leaseSeconds } = service.getOptions().queue
  const buffer: ClaimedRow[] = []
  let exhausted = false
  let stopped = false
  let failure: unknown
  let refilling: Promise<void> | null = null

  const claim = async () => {
    let rows: OrderSyncDTO[] = []
    try {
      if (exhausted || stopped || opts.budget.rounds <= 0) {
        exhausted = true
        return
      }
      opts.budget.rounds--
      const claimedAt = Date.now()
      rows = await service.claimDueOrderSyncs({
        limit: batchSize,
        leaseSeconds,
        owner: opts.owner,
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
        await giveBackClaims(container, rows)
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
      await giveBackClaims(container, rows)
    }
  }
  // One claim at a time; `finally` runs after the assignment, never before.
  const refill = () =>
    (refilling ??= claim().finally(() => {
      refilling = null
    }))

  return {
    /** The next row to work on; null once the pass is over or stopped. */
    async take(): Promise<ClaimedRow | null> {
      for (;;) {
        if (stopped) {
          return null
        }
        if (buffer.length <= opts.lowWater && !exhausted) {
          void refill()
        }
        const next = buffer.shift()
        if (next) {
          return next
        }
        if (!refilling) {
          return null
        }
        await refilling
      }
    },
    /** Stops taking: gives back the rows not started and waits for a claim under way. */
    async stop(): Promise<void> {
      stopped = true
      await giveBackClaims(
        container,
        buffer.splice(0).map((c) => c.row)
      )
      await refilling
    },
    /** The first claim that failed: the pass rethrows it once its rows are done. */
    failure: () => failure,
  }
}
