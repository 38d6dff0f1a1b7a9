import { mapPool } from "../../../lib/shared/pool"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isArchiDeliveryError } from "../../../lib/archidelivery"
import {
  polledStatus,
  type PolledOrderStatus,
} from "../../../lib/orders/status-poll"
import { archiDeliveryService } from "../../../modules/archidelivery"
import { errorMessage } from "../../../lib/shared/error-message"

export const pollOrderStatusesStepId = "archidelivery-poll-order-statuses"

/**
 * Reads `getorderdata` for sent orders whose kitchen status is not final,
 * least recently tried first (never-tried ones before all), `limit` of them.
 * A read that fails for another reason than the connection is returned too,
 * so it is stamped as tried and waits its turn instead of staying first.
 * Stops at the first connection failure: the back office is down, the next
 * run tries again. Writes nothing.
 */
export const pollOrderStatusesStep = createStep(
  pollOrderStatusesStepId,
  async (input: { limit: number }, { container }) => {
    const service = archiDeliveryService(container)
    const options = service.getOptions()
    const base = {
      status: "sent" as const,
      status_final: false,
      archidelivery_order_id: { $ne: null },
    }
    const never = await service.listOrderSyncs(
      { ...base, archidelivery_status_at: null },
      { order: { sent_at: "ASC" }, take: input.limit }
    )
    const seen =
      never.length < input.limit
        ? await service.listOrderSyncs(
            { ...base, archidelivery_status_at: { $ne: null } },
            {
              order: { archidelivery_status_at: "ASC" },
              take: input.limit - never.length,
            }
          )
        : []
    const rows = [...never, ...seen]
    const polled: PolledOrderStatus[] = []
    let down = false
    await mapPool(
      rows,
      options.queue.concurrency,
      async (row) => {
        let data
        let readError: string | null = null
        try {
          // The order is read where it was sent: its point's server. Its
          // read shares the drains' slots, so the back office never sees
          // more than queue.concurrency requests from this process at once.
          data = await service.withRequestSlot(() =>
            service
              .getClient(row.point_id)
              .getOrderData(row.archidelivery_order_id!)
          )
        } catch (e) {
          if (isArchiDeliveryError(e) && e.kind === "unreachable") {
            down = true
            return
          }
          readError = errorMessage(e)
        }
        polled.push(polledStatus(row, data, readError))
      },
      () => down
    )
    return new StepResponse(polled)
  }
)
