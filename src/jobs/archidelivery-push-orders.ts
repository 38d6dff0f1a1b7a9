import type { ScheduledJobContext } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { archiDeliveryService } from "../modules/archidelivery"
import { sweepUnqueuedOrdersWorkflow } from "../workflows/orders/sweep-unqueued-orders"
import {
  drainOrderQueue,
  LockBusyError,
  LockFailedError,
} from "../workflows/orders/drain-order-queue"
import { errorMessage } from "../lib/shared/error-message"

/**
 * Every minute: queues placed orders that have no queue row, then drains due
 * orders; the drain is skipped when another drain is running.
 */
export default async function archideliveryPushOrders(
  container: MedusaContainer,
  context?: ScheduledJobContext
) {
  const service = archiDeliveryService(container)
  if (!service.getOptions().queue.jobsEnabled) {
    return
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // One line per run (LOG_LEVEL=verbose shows it): how runs are counted across instances.
  logger.verbose(
    `archidelivery: push-orders job run scheduled for ${(context?.scheduledFor ?? new Date()).toISOString()}`
  )
  try {
    const { queue } = service.getOptions()
    const { result: swept } = await sweepUnqueuedOrdersWorkflow(container).run({
      input: {
        window_hours: queue.sweepWindowHours,
        limit: queue.sweepBatchSize,
      },
    })
    if (swept.length) {
      logger.warn(
        `archidelivery: queued ${swept.length} placed order(s) that had no queue row: ${swept.map((r) => (r.display_id ? `#${r.display_id}` : r.order_id)).join(", ")}`
      )
    }
  } catch (e) {
    logger.error(
      `archidelivery: looking for orders without a queue row failed: ${errorMessage(e)}`
    )
  }
  try {
    const result = await drainOrderQueue(container, { lockTimeoutSeconds: 1 })
    if (result.attempted) {
      logger.info(`archidelivery: order drain ${JSON.stringify(result)}`)
    }
    return result
  } catch (e) {
    // Busy: another drain sends them. A lock failure is logged where it happened.
    if (e instanceof LockBusyError || e instanceof LockFailedError) {
      return
    }
    logger.error(`archidelivery: order drain failed: ${errorMessage(e)}`)
  }
}

export const config = {
  name: "archidelivery-push-orders",
  // ARCHIDELIVERY_PUSH_INTERVAL_MS: a shorter tick for `npm run test:cluster`.
  schedule: {
    interval: Number(process.env.ARCHIDELIVERY_PUSH_INTERVAL_MS) || 60_000,
  },
}
