import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type { EnqueueOrderSyncInput } from "../../../modules/archidelivery/types"
import {
  ORDER_POINT_FIELDS,
  type PointOrder,
} from "../../../lib/delivery/zones-point"
import { pluginInstalledAt } from "../plugin-installed-at"

export type FindUnqueuedOrdersInput = {
  /** Only orders placed within this many hours (`queue.sweepWindowHours`). */
  window_hours: number
  /** At most this many orders (`queue.sweepBatchSize`). */
  limit: number
}

export const findUnqueuedOrdersStepId = "archidelivery-find-unqueued-orders"

/** `order.placed` normally writes the row within moments: younger orders are left to it. */
export const SWEEP_GRACE_MS = 30_000

const PAGE = 500

/**
 * Placed orders that have no queue row (their `order.placed` was lost or its
 * subscriber failed), oldest first: placed within the window, after the
 * plugin was installed and not cancelled, drafts and archived orders left out.
 */
export const findUnqueuedOrdersStep = createStep(
  findUnqueuedOrdersStepId,
  async (input: FindUnqueuedOrdersInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service = archiDeliveryService(container)
    const windowStart = Date.now() - input.window_hours * 3_600_000
    const installed = await pluginInstalledAt(container)
    const since = new Date(Math.max(windowStart, installed?.getTime() ?? 0))
    const until = new Date(Date.now() - SWEEP_GRACE_MS)
    const found: (EnqueueOrderSyncInput & { order: PointOrder })[] = []
    for (let skip = 0; found.length < input.limit; skip += PAGE) {
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "display_id", ...ORDER_POINT_FIELDS],
        filters: {
          created_at: { $gte: since, $lte: until },
          status: { $nin: ["draft", "canceled", "archived"] },
          is_draft_order: false,
        },
        pagination: {
          skip,
          take: PAGE,
          order: { created_at: "ASC", id: "ASC" },
        },
      })
      const orders = data as (PointOrder & {
        id: string
        display_id: number | null
      })[]
      if (!orders.length) {
        break
      }
      const queued = new Set(
        (
          await service.listOrderSyncs(
            { order_id: orders.map((o) => o.id) },
            { select: ["order_id"], take: orders.length }
          )
        ).map((r) => r.order_id)
      )
      for (const o of orders) {
        if (!queued.has(o.id) && found.length < input.limit) {
          found.push({
            order_id: o.id,
            display_id: o.display_id ?? null,
            order: o,
          })
        }
      }
      if (orders.length < PAGE) {
        break
      }
    }
    return new StepResponse(found)
  }
)
