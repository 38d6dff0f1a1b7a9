import {
  planFulfillment,
  type FulfillmentPlan,
  type PlanOrder,
  type StatusCodes,
} from "./fulfillment-plan"

/**
 * The inputs and the outcome of one fulfillment sync (Medusa's order made to
 * follow one kitchen status), built from the plan so the workflow only wires
 * steps together.
 */

export interface FulfillmentSyncInput {
  order_id: string
  /** The kitchen's status code (`ORDERSTATUS`). */
  status: number
  /** Becomes the fulfillment's tracking number. */
  archidelivery_order_id?: string | null
}

export interface FulfillmentSyncResult {
  order_id: string
  fulfillment_id: string | null
  created: boolean
  shipped: boolean
  delivered: boolean
  reason: string
}

/** The plan for the order a query found (its first row) at this status. */
export function planSync(
  orders: readonly unknown[],
  input: FulfillmentSyncInput,
  codes: StatusCodes
): FulfillmentPlan {
  return planFulfillment({
    order: orders[0] as PlanOrder | undefined,
    status: input.status,
    codes,
    archideliveryOrderId: input.archidelivery_order_id,
  })
}

/** True when the plan ships an existing fulfillment. */
export const shipsNow = (plan: FulfillmentPlan) =>
  plan.ship && !!plan.fulfillment_id

/** True when the plan marks an existing fulfillment delivered. */
export const deliversNow = (plan: FulfillmentPlan) =>
  plan.deliver && !!plan.fulfillment_id

/** Medusa's create-fulfillment input for the items the plan creates. */
export function fulfillmentCreateInput(
  input: FulfillmentSyncInput,
  plan: FulfillmentPlan
) {
  const orderId = input.archidelivery_order_id ?? undefined
  return {
    order_id: input.order_id,
    items: plan.create ?? [],
    // The provider reads the id from here for the tracking number.
    additional_data: orderId ? { archidelivery_order_id: orderId } : undefined,
    metadata: {
      archidelivery_status: input.status,
      ...(orderId ? { archidelivery_order_id: orderId } : {}),
    },
  }
}

/** Medusa's create-shipment input; the plan's labels keep the tracking number. */
export function shipmentInput(
  input: FulfillmentSyncInput,
  plan: FulfillmentPlan
) {
  return {
    order_id: input.order_id,
    fulfillment_id: plan.fulfillment_id as string,
    items: [],
    labels: plan.labels,
  }
}

/** Medusa's mark-as-delivered input. */
export function deliveryInput(
  input: FulfillmentSyncInput,
  plan: FulfillmentPlan
) {
  return {
    orderId: input.order_id,
    fulfillmentId: plan.fulfillment_id as string,
  }
}

/**
 * What the sync did: `first` is the plan on the order as it was, `plan` the
 * one taken after a creation, when shipping and delivery are decided.
 */
export function fulfillmentSyncResult(data: {
  input: FulfillmentSyncInput
  first: FulfillmentPlan
  plan: FulfillmentPlan
  created: unknown
}): FulfillmentSyncResult {
  return {
    order_id: data.input.order_id,
    fulfillment_id: data.plan.fulfillment_id,
    created: !!data.created,
    shipped: shipsNow(data.plan),
    delivered: deliversNow(data.plan),
    reason: data.first.create ? "fulfillment created" : data.plan.reason,
  }
}

/**
 * The sync a status event asks for, or null when the event lacks an order or
 * a whole status code. Read defensively: a host may emit the event with only
 * some of its fields.
 */
export function syncInputFromEvent(
  data: Record<string, unknown> | null | undefined
): FulfillmentSyncInput | null {
  const { order_id, archidelivery_order_id, status } = data ?? {}
  const code = Number(status)
  if (typeof order_id !== "string" || !order_id || !Number.isInteger(code)) {
    return null
  }
  return {
    order_id,
    status: code,
    archidelivery_order_id:
      archidelivery_order_id == null ? null : String(archidelivery_order_id),
  }
}

/** What a sync changed, for the log ("shipped, delivered"); "" when nothing. */
export function fulfillmentSyncSummary(result: FulfillmentSyncResult): string {
  return [
    result.created && "fulfillment created",
    result.shipped && "shipped",
    result.delivered && "delivered",
  ]
    .filter(Boolean)
    .join(", ")
}
