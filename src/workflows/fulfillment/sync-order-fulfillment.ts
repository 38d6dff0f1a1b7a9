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
  deliveryInput,
  deliversNow,
  fulfillmentCreateInput,
  fulfillmentSyncResult,
  planSync,
  shipmentInput,
  shipsNow,
  type FulfillmentSyncInput,
  type FulfillmentSyncResult,
} from "../../lib/delivery/fulfillment-sync"
import { PLAN_ORDER_FIELDS } from "../../lib/delivery/fulfillment-plan"
import { orderFulfillmentLockKey } from "../../lib/shared/lock-keys"
import { getFulfillmentStatusCodesStep } from "./steps/get-fulfillment-status-codes"
import { markFulfillmentStatusStep } from "./steps/mark-fulfillment-status"

// The id keeps its first spelling: hosts may store or call it by name.
export const syncOrderFulfillmentWorkflowId =
  "archidelivery-sync-order-fulfilment"

export type SyncOrderFulfillmentInput = FulfillmentSyncInput
export type SyncOrderFulfillmentResult = FulfillmentSyncResult

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
      fields: PLAN_ORDER_FIELDS,
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "archidelivery-fulfil-order-before" })
    const first = transform({ before, input, codes }, (d) =>
      planSync(d.before, d.input, d.codes)
    )

    const created = when(
      "archidelivery-fulfil-create",
      { first },
      ({ first }) => !!first.create
    ).then(() => {
      const createInput = transform({ first, input }, (d) =>
        fulfillmentCreateInput(d.input, d.first)
      )
      return createOrderFulfillmentWorkflow.runAsStep({ input: createInput })
    })

    // Decide shipping and delivery on the order as it is after the creation.
    const { data: after } = useQueryGraphStep({
      entity: "order",
      fields: PLAN_ORDER_FIELDS,
      filters: { id: input.order_id },
    }).config({ name: "archidelivery-fulfil-order-after" })
    const plan = transform({ after, input, codes }, (d) =>
      planSync(d.after, d.input, d.codes)
    )

    when("archidelivery-fulfil-ship", { plan }, ({ plan }) =>
      shipsNow(plan)
    ).then(() => {
      const shipInput = transform({ plan, input }, (d) =>
        shipmentInput(d.input, d.plan)
      )
      createOrderShipmentWorkflow.runAsStep({ input: shipInput })
    })

    when("archidelivery-fulfil-deliver", { plan }, ({ plan }) =>
      deliversNow(plan)
    ).then(() => {
      const deliverInput = transform({ plan, input }, (d) =>
        deliveryInput(d.input, d.plan)
      )
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
      fulfillmentSyncResult
    )
    return new WorkflowResponse(result)
  }
)
