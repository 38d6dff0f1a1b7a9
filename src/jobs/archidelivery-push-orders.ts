import type { ScheduledJobContext } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ARCHIDELIVERY_MODULE } from "../modules/archidelivery"
import type ArchiDeliveryModuleService from "../modules/archidelivery/service"
import {
  drainOrderQueue,
  DrainBusyError,
} from "../workflows/utils/drain-order-queue"
import { errorMessage } from "../lib/error-message"

/** Every minute: drains due orders; skips when another drain is running. */
export default async function archideliveryPushOrders(
  container: MedusaContainer,
  context?: ScheduledJobContext
) {
  const service =
    container.resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)
  if (!service.getOptions().queue.jobsEnabled) {
    return
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // One line per run (LOG_LEVEL=verbose shows it): how runs are counted across instances.
  logger.verbose(
    `archidelivery: push-orders job run scheduled for ${(context?.scheduledFor ?? new Date()).toISOString()}`
  )
  try {
    const result = await drainOrderQueue(container, { lockTimeoutSeconds: 1 })
    if (result.attempted) {
      logger.info(`archidelivery: order drain ${JSON.stringify(result)}`)
    }
    return result
  } catch (e) {
    if (e instanceof DrainBusyError) {
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
