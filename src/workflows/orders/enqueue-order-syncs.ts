import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { enqueueOrderSyncsStep } from "./steps/enqueue-order-syncs"
import { ORDER_SYNC_QUEUED_EVENT } from "../../lib/shared/events"
import {
  ORDER_POINT_FIELDS,
  type PointOrder,
} from "../../lib/delivery/zones-point"

export type EnqueueOrderSyncsWorkflowInput = { order_ids: string[] }

export const enqueueOrderSyncsWorkflowId = "archidelivery-enqueue-order-syncs"

/**
 * Queues placed orders for ArchiDelivery: one durable row per order (its
 * display id kept for the comment marker), then
 * `archidelivery.order_sync.queued`. It never calls ArchiDelivery, so an
 * order is never lost because the back office is down.
 */
export const enqueueOrderSyncsWorkflow = createWorkflow(
  enqueueOrderSyncsWorkflowId,
  (input: EnqueueOrderSyncsWorkflowInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "display_id", ...ORDER_POINT_FIELDS],
      filters: { id: input.order_ids },
    }).config({ name: "archidelivery-enqueue-load-orders" })
    const toQueue = transform({ orders }, ({ orders }) =>
      (
        orders as (PointOrder & { id: string; display_id: number | null })[]
      ).map((o) => ({
        order_id: o.id,
        display_id: o.display_id ?? null,
        order: o,
      }))
    )
    const result = enqueueOrderSyncsStep({ orders: toQueue })
    when({ result }, ({ result }) => result.queued_order_ids.length > 0).then(
      () => {
        emitEventStep({
          eventName: ORDER_SYNC_QUEUED_EVENT,
          data: transform({ result }, ({ result }) => ({
            order_ids: result.queued_order_ids,
          })),
        })
      }
    )
    return new WorkflowResponse(result.order_syncs)
  }
)
