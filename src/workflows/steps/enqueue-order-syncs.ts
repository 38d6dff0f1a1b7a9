import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ARCHIDELIVERY_MODULE } from "../../modules/archidelivery"
import type ArchiDeliveryModuleService from "../../modules/archidelivery/service"
import type {
  EnqueueOrderSyncInput,
  OrderSyncDTO,
} from "../../modules/archidelivery/types"

export const enqueueOrderSyncsStepId = "archidelivery-enqueue-order-syncs"

/**
 * Writes one queue row per order; an order already queued keeps its row as
 * it is (a repeated `order.placed`). The compensation removes only the rows
 * this step created.
 */
export const enqueueOrderSyncsStep = createStep(
  enqueueOrderSyncsStepId,
  async (input: { orders: EnqueueOrderSyncInput[] }, { container }) => {
    const service =
      container.resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)
    if (!input.orders.length) {
      return new StepResponse(
        { order_syncs: [] as OrderSyncDTO[], queued_order_ids: [] as string[] },
        []
      )
    }
    const ids = input.orders.map((o) => o.order_id)
    const before = await service.listOrderSyncs(
      { order_id: ids },
      { select: ["id"] }
    )
    const existing = new Set(before.map((r) => r.id))
    const rows = await service.enqueueOrderSyncs(input.orders)
    const created = rows.filter((r) => !existing.has(r.id)).map((r) => r.id)
    return new StepResponse(
      {
        order_syncs: rows,
        // Only rows still waiting are worth a push-on-place drain.
        queued_order_ids: rows
          .filter((r) => r.status === "queued")
          .map((r) => r.order_id),
      },
      created
    )
  },
  async (created, { container }) => {
    if (!created?.length) {
      return
    }
    const service =
      container.resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)
    await service.deleteOrderSyncs(created)
  }
)
