import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ARCHIDELIVERY_MODULE } from "../modules/archidelivery"
import type ArchiDeliveryModuleService from "../modules/archidelivery/service"
import { followOrderStatusesWorkflow } from "../workflows/orders/follow-order-statuses"
import { errorMessage } from "../lib/shared/error-message"

export const ORDER_STATUS_LOCK_KEY = "archidelivery:order-status"

/** Every minute: reads the kitchen status of sent orders until it is final. */
export default async function archideliveryFollowOrderStatus(
  container: MedusaContainer
) {
  const service =
    container.resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)
  const options = service.getOptions()
  if (!options.queue.jobsEnabled) {
    return
  }
  const locking = container.resolve(Modules.LOCKING)
  let started = false
  try {
    return await locking.execute(
      ORDER_STATUS_LOCK_KEY,
      async () => {
        started = true
        const { result } = await followOrderStatusesWorkflow(container).run({
          input: { limit: options.queue.statusBatchSize },
        })
        return result
      },
      { timeout: 1, expire: 120 }
    )
  } catch (e) {
    if (!started) {
      // Another worker is polling this minute.
      return
    }
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`archidelivery: order status follow-up failed: ${errorMessage(e)}`)
  }
}

export const config = {
  name: "archidelivery-follow-order-status",
  schedule: { interval: 60_000 },
}
