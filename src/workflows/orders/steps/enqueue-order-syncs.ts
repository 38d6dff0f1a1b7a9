import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  orderPointId,
  type PointOrder,
} from "../../../lib/delivery/zones-point"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type {
  EnqueueOrderSyncInput,
  OrderSyncDTO,
} from "../../../modules/archidelivery/types"

export const enqueueOrderSyncsStepId = "archidelivery-enqueue-order-syncs"

/**
 * Writes one queue row per order; an order already queued keeps its row as
 * it is (a repeated `order.placed`). No compensation: a row, once written,
 * is the order's only way to the kitchen, so a later failure (the queued
 * event not emitted) leaves it for the minute job rather than deleting it.
 */
export const enqueueOrderSyncsStep = createStep(
  enqueueOrderSyncsStepId,
  async (
    input: { orders: (EnqueueOrderSyncInput & { order?: PointOrder })[] },
    { container }
  ) => {
    const service = archiDeliveryService(container)
    const options = service.getOptions()
    if (!input.orders.length) {
      return new StepResponse({
        order_syncs: [] as OrderSyncDTO[],
        queued_order_ids: [] as string[],
      })
    }
    // The kitchen is settled once, when the order is queued.
    const rows = await service.enqueueOrderSyncs(
      input.orders.map(({ order, ...row }) => ({
        ...row,
        point_id: row.point_id ?? orderPointId(order, options),
      }))
    )
    return new StepResponse({
      order_syncs: rows,
      // Only rows still waiting are worth a push-on-place drain.
      queued_order_ids: rows
        .filter((r) => r.status === "queued")
        .map((r) => r.order_id),
    })
  }
)
