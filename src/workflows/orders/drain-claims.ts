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
 * claimed (one claim at a time, a batch a round of the budget) while
 * the last rows of the current one are still being sent, so the workers
 * never wait on the database between batches. Rows claimed but not started
 * are given back untried (queued, not doubtful) when their orders cannot be
 * loaded and when the pass stops.
 *
 * A worker that finds nothing due waits while another worker still works:
 * an order queued in this process meanwhile (the service's announceQueued)
 * is claimed at once by the running pass, not left for the next drain. The
 * pass ends when every worker is idle and nothing is due.
 *
 * With `ready`, the first batch is claimed and loaded while the drain's ping
 * is still out, and no row is handed out before it answers: a ping that
 * fails gives every claimed row back untried.
 */
export function claimBuffer(
  container: MedusaContainer,
  opts: {
    owner: string
    budget: { rounds: number }
    /** Claim the next batch once this few rows are left. */
    lowWater: number
    /** How many workers take rows: the pass ends when all of them are idle. */
    workers: number
    /** False once the ping failed: nothing claimed may be sent. */
    ready?: Promise<boolean>
    /**
     * Rows of the pass's first claim when fewer than a batch: the rest of
     * that round is claimed next, while the first sends go out.
     */
    opening?: number
  }
) {
  const service = archiDeliveryService(container)
  const { batchSize, leaseSeconds } = service.getOptions().queue
  const buffer: ClaimedRow[] = []
  let exhausted = false
  let stopped = false
  let failure: unknown
  let refilling: Promise<void> | null = null
  let ended = false
  // Idle workers wait on these; an announcement, a batch claimed or the end
  // of the pass wakes them to look again.
  let idle = 0
  const waiting: (() => void)[] = []
  const wakeWorkers = () => waiting.splice(0).forEach((resume) => resume())
  // Counts announcements, so a claim that started before one and found
  // nothing does not end the pass (the new row may have missed it).
  let announced = 0
  // Rows the current round may still claim, and the opening claim's size.
  let roundLeft = 0
  // Until the ping has answered, rows are claimed but not handed out.
  let gate = opts.ready
  let opening =
    opts.opening && opts.opening < batchSize ? Math.max(1, opts.opening) : 0
  const unlisten = service.onQueued(() => {
    announced++
    // A failed claim ends the pass's claiming, announcements or not.
    if (opts.budget.rounds > 0 && !failure) {
      exhausted = false
    }
    wakeWorkers()
  })
  const end = () => {
    ended = true
    unlisten()
    wakeWorkers()
  }

  const claim = async () => {
    let rows: OrderSyncDTO[] = []
    try {
      const spent = () => roundLeft === 0 && opts.budget.rounds <= 0
      if (exhausted || stopped || spent()) {
        exhausted = true
        return
      }
      if (roundLeft === 0) {
        opts.budget.rounds--
        roundLeft = batchSize
      }
      const limit = opening || roundLeft
      opening = 0
      roundLeft -= limit
      const claimedAt = Date.now()
      const seen = announced
      rows = await service.claimDueOrderSyncs({
        limit,
        leaseSeconds,
        owner: opts.owner,
      })
      if (!rows.length) {
        exhausted = seen === announced || spent()
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
      wakeWorkers()
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

  const stop = async (): Promise<void> => {
    stopped = true
    end()
    await giveBackClaims(
      container,
      buffer.splice(0).map((c) => c.row)
    )
    await refilling
  }

  return {
    /** The next row to work on; null once the pass is over or stopped. */
    async take(): Promise<ClaimedRow | null> {
      if (gate) {
        // The first claim goes out now, while the ping is still out.
        if (!stopped && !exhausted) {
          void refill()
        }
        if (!(await gate)) {
          await stop()
          return null
        }
        gate = undefined
      }
      for (;;) {
        if (stopped || ended) {
          return null
        }
        if (buffer.length <= opts.lowWater && !exhausted) {
          void refill()
        }
        const next = buffer.shift()
        if (next) {
          return next
        }
        if (refilling) {
          await refilling
          continue
        }
        if (idle + 1 >= opts.workers) {
          end()
          return null
        }
        idle++
        await new Promise<void>((resume) => waiting.push(resume))
        idle--
      }
    },
    /** Stops taking: gives back the rows not started and waits for a claim under way. */
    stop,
    /** The first claim that failed: the pass rethrows it once its rows are done. */
    failure: () => failure,
  }
}
