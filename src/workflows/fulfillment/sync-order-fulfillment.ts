import { orderFulfillmentLockKey } from "../../lib/shared/lock-keys"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  planFulfillment,
  type PlanOrder,
} from "../../lib/delivery/fulfillment-plan"
import { getFulfillmentStatusCodesStep } from "./steps/get-fulfillment-status-codes"
import { markFulfillmentStatusStep } from "./steps/mark-fulfillment-status"

export const syncOrderFulfillmentWorkflowId =
  "archidelivery-sync-order-fulfillment"

export interface SyncOrderFulfillmentInput {
  order_id: string
  /** The kitchen's status code (`ORDERSTATUS`). */
  status: number
  /** Becomes the fulfillment's tracking number. */
  archidelivery_order_id?: string | null
}

export interface SyncOrderFulfillmentResult {
  order_id: string
  fulfillment_id: string | null
  created: boolean
  shipped: boolean
  delivered: boolean
  reason: string
}

const ORDER_FIELDS = [
  "id",
  "status",
  // "items.*" brings the order item's own quantity; "items.quantity" alone does not.
  "items.*",
  "fulfillments.id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.labels.id",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  "fulfillments.labels.label_url",
]

/**
 * Makes the Medusa order follow the kitchen: on an "out for delivery" code it
 * creates a fulfillment for all items (when none is active) and ships it; on a
 * "delivered" code it also marks it delivered. Every decision is taken from
 * the order as it is now, under a per-order lock, so repeating a status
 * changes nothing; the status follow-up repeats it until this workflow has
 * completed once for the kitchen's last code.
 */
export const syncOrderFulfillmentWorkflow = createWorkflow(
  syncOrderFulfillmentWorkflowId,
  (input: SyncOrderFulfillmentInput) => {
    const lockKey = transform({ input }, ({ input }) =>
      orderFulfillmentLockKey(input.order_id)
    )
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

    const codes = getFulfillmentStatusCodesStep()
    const { data: before } = useQueryGraphStep({
      entity: "order",
      fields: ORDER_FIELDS,
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "archidelivery-fulfil-order-before" })

    const first = transform(
      { before, input, codes },
      ({ before, input, codes }) =>
        planFulfillment({
          order: before[0] as PlanOrder,
          status: input.status,
          codes,
          archideliveryOrderId: input.archidelivery_order_id,
        })
    )

    const created = when(
      "archidelivery-fulfil-create",
      { first },
      ({ first }) => !!first.create
    ).then(() => {
      const createInput = transform({ first, input }, ({ first, input }) => {
        const orderId = input.archidelivery_order_id ?? undefined
        return {
          order_id: input.order_id,
          items: first.create ?? [],
          // The provider reads the id from here for the tracking number.
          additional_data: orderId
            ? { archidelivery_order_id: orderId }
            : undefined,
          metadata: {
            archidelivery_status: input.status,
            ...(orderId ? { archidelivery_order_id: orderId } : {}),
          },
        }
      })
      return createOrderFulfillmentWorkflow.runAsStep({ input: createInput })
    })

    // Decide shipping and delivery on the order as it is after the creation.
    const { data: after } = useQueryGraphStep({
      entity: "order",
      fields: ORDER_FIELDS,
      filters: { id: input.order_id },
    }).config({ name: "archidelivery-fulfil-order-after" })

    const plan = transform({ after, input, codes }, ({ after, input, codes }) =>
      planFulfillment({
        order: after[0] as PlanOrder,
        status: input.status,
        codes,
        archideliveryOrderId: input.archidelivery_order_id,
      })
    )

    when(
      "archidelivery-fulfil-ship",
      { plan },
      ({ plan }) => plan.ship && !!plan.fulfillment_id
    ).then(() => {
      const shipInput = transform({ plan, input }, ({ plan, input }) => ({
        order_id: input.order_id,
        fulfillment_id: plan.fulfillment_id as string,
        items: [],
        labels: plan.labels,
      }))
      createOrderShipmentWorkflow.runAsStep({ input: shipInput })
    })

    when(
      "archidelivery-fulfil-deliver",
      { plan },
      ({ plan }) => plan.deliver && !!plan.fulfillment_id
    ).then(() => {
      const deliverInput = transform({ plan, input }, ({ plan, input }) => ({
        orderId: input.order_id,
        fulfillmentId: plan.fulfillment_id as string,
      }))
      markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: deliverInput })
    })

    // Medusa now agrees with this code: the follow-up stops announcing it again.
    markFulfillmentStatusStep({
      order_id: input.order_id,
      status: input.status,
    })
    releaseLockStep({ key: lockKey })

    const result = transform(
      { input, first, plan, created },
      (data): SyncOrderFulfillmentResult => ({
        order_id: data.input.order_id,
        fulfillment_id: data.plan.fulfillment_id,
        created: !!data.created,
        shipped: data.plan.ship && !!data.plan.fulfillment_id,
        delivered: data.plan.deliver && !!data.plan.fulfillment_id,
        reason: data.first.create ? "fulfillment created" : data.plan.reason,
      })
    )
    return new WorkflowResponse(result)
  }
)
