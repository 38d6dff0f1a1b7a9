import type { MedusaContainer } from "@medusajs/framework/types"
import { ORDER_STATUS_LOCK_KEY } from "../lib/shared/lock-keys"
import { runIfFree } from "../lib/shared/locks"
import { archiDeliveryService } from "../modules/archidelivery"
import { followOrderStatusesWorkflow } from "../workflows/orders/follow-order-statuses"

/** Every minute: reads the kitchen status of sent orders until it is final. */
export default async function archideliveryFollowOrderStatus(
  container: MedusaContainer
) {
  const options = archiDeliveryService(container).getOptions()
  if (!options.queue.jobsEnabled) {
    return
  }
  // Another instance polling this minute makes this run a no-op.
  return runIfFree(
    container,
    ORDER_STATUS_LOCK_KEY,
    "order status follow-up",
    async () => {
      const { result } = await followOrderStatusesWorkflow(container).run({
        input: { limit: options.queue.statusBatchSize },
      })
      return result
    }
  )
}

export const config = {
  name: "archidelivery-follow-order-status",
  schedule: { interval: 60_000 },
}
