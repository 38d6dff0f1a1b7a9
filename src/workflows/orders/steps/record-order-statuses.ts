import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  isFinalOrderStatus,
  orderStatusLabel,
} from "../../../lib/orders/order-status"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type { OrderStatusChangedEvent } from "../../../lib/shared/events"
import type { PolledOrderStatus } from "./poll-order-statuses"

export const recordOrderStatusesStepId = "archidelivery-record-order-statuses"

/**
 * Stores what was read: the code, its label (unknown codes kept as they are,
 * unlabelled), when it was read (`archidelivery_status_at`, which also orders
 * the next poll) and whether it is final. Returns the changes as
 * `archidelivery.order.status_changed` payloads.
 */
export const recordOrderStatusesStep = createStep(
  recordOrderStatusesStepId,
  async (input: { polled: PolledOrderStatus[] }, { container }) => {
    const service = archiDeliveryService(container)
    const { final } = service.getOptions().status
    const now = new Date()
    const events: OrderStatusChangedEvent[] = []
    const updates = input.polled.map((p) => {
      if (p.status === null) {
        return { id: p.id, archidelivery_status_at: now }
      }
      const label = orderStatusLabel(p.status)
      if (p.status !== p.previous_status) {
        events.push({
          order_id: p.order_id,
          archidelivery_order_id: p.archidelivery_order_id,
          status: p.status,
          previous_status: p.previous_status,
          label,
        })
      }
      return {
        id: p.id,
        archidelivery_status: p.status,
        archidelivery_status_label: label,
        archidelivery_status_at: now,
        status_final: isFinalOrderStatus(p.status, final),
      }
    })
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
    await service.updateOrderSyncs(
      polled.map((p) => ({
        id: p.id,
        archidelivery_status: p.previous_status,
        archidelivery_status_label: p.previous_label,
        archidelivery_status_at: p.previous_at ? new Date(p.previous_at) : null,
        status_final: p.previous_final,
      }))
    )
  }
)
