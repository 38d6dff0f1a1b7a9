import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ARCHIDELIVERY_MODULE } from "../modules/archidelivery"
import type ArchiDeliveryModuleService from "../modules/archidelivery/service"
import { ORDER_SYNC_QUEUED_EVENT } from "../workflows/steps/order-sync-types"
import {
  drainOrderQueue,
  DrainBusyError,
} from "../workflows/utils/drain-order-queue"
import { errorMessage } from "../lib/error-message"

/** How long push-on-place waits for a running drain (which may take the order anyway). */
const LOCK_WAIT_SECONDS = 5

/**
 * Push-on-place (`queue.pushOnPlace`, default on): drains the queue right
 * after an order is queued, so the kitchen sees it in seconds; the minute
 * job stays the safety net.
 */
export default async function archideliveryOrderQueued({
  container,
}: SubscriberArgs<{ order_ids: string[] }>) {
  const service =
    container.resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)
  if (!service.getOptions().queue.pushOnPlace) {
    return
  }
  try {
    await drainOrderQueue(container, { lockTimeoutSeconds: LOCK_WAIT_SECONDS })
  } catch (e) {
    if (e instanceof DrainBusyError) {
      // The running drain or the next minute job sends it.
      return
    }
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`archidelivery: push-on-place drain failed: ${errorMessage(e)}`)
  }
}

export const config: SubscriberConfig = {
  event: ORDER_SYNC_QUEUED_EVENT,
  context: { subscriberId: "archidelivery-order-queued" },
}
