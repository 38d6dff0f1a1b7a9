import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  previousStatuses,
  statusUpdates,
  type PolledOrderStatus,
} from "../../../lib/orders/status-poll"
import { archiDeliveryService } from "../../../modules/archidelivery"

export const recordOrderStatusesStepId = "archidelivery-record-order-statuses"

/**
 * Stores what was read (see statusUpdates; `archidelivery_status_at` also
 * orders the next poll) and returns the changes as
 * `archidelivery.order.status_changed` payloads.
 */
export const recordOrderStatusesStep = createStep(
  recordOrderStatusesStepId,
  async (input: { polled: PolledOrderStatus[] }, { container }) => {
    const service = archiDeliveryService(container)
    const { final } = service.getOptions().status
    const { updates, events } = statusUpdates(input.polled, final, new Date())
    if (updates.length) {
      await service.updateOrderSyncs(updates)
    }
    return new StepResponse(events, input.polled)
  },
  async (polled, { container }) => {
    if (!polled?.length) {
      return
    }
    const service = archiDeliveryService(container)
    await service.updateOrderSyncs(previousStatuses(polled))
  }
)
