import { toAmount } from "./delivery-price"
import { trackingLabel } from "./tracking"

/**
 * What a kitchen status asks of a Medusa order, decided from the order's
 * current state so that a repeated status event plans nothing.
 */

export interface StatusCodes {
  /** Codes meaning "out for delivery": the fulfillment is shipped. */
  shipped: number[]
  /** Codes meaning "delivered": the fulfillment is shipped and delivered. */
  delivered: number[]
}

export interface PlanLabel {
  id?: string
  tracking_number: string
  tracking_url: string
  label_url: string
}

export interface PlanFulfillment {
  id: string
  created_at?: string | Date | null
  shipped_at?: string | Date | null
  delivered_at?: string | Date | null
  canceled_at?: string | Date | null
  labels?: PlanLabel[] | null
}

export interface PlanOrder {
  id: string
  status?: string | null
  items?:
    | { id: string; quantity?: unknown; requires_shipping?: boolean | null }[]
    | null
  fulfillments?: PlanFulfillment[] | null
}

/** The order fields a plan reads (a query's `fields`). */
export const PLAN_ORDER_FIELDS = [
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

export interface FulfillmentPlan {
  /** Why nothing or something happens, for logs and tests. */
  reason: string
  /** Create a fulfillment for these items first (none is active yet). */
  create: { id: string; quantity: number }[] | null
  /** The active fulfillment to act on; null when one is to be created or nothing is due. */
  fulfillment_id: string | null
  ship: boolean
  deliver: boolean
  /** Labels to keep on the shipment (Medusa replaces the list it is given). */
  labels: PlanLabel[]
}

const NOTHING = (reason: string): FulfillmentPlan => ({
  reason,
  create: null,
  fulfillment_id: null,
  ship: false,
  deliver: false,
  labels: [],
})

const time = (v: string | Date | null | undefined) =>
  v ? new Date(v).getTime() : 0

function wanted(status: number, codes: StatusCodes) {
  const deliver = codes.delivered.includes(status)
  return { ship: deliver || codes.shipped.includes(status), deliver }
}

/** Items a new fulfillment should carry: every line that ships (all lines if none is marked). */
function itemsToFulfil(order: PlanOrder): { id: string; quantity: number }[] {
  const lines = (order.items ?? []).filter((i) => toAmount(i.quantity) > 0)
  const shipping = lines.filter((i) => i.requires_shipping !== false)
  return (shipping.length ? shipping : lines).map((i) => ({
    id: i.id,
    quantity: toAmount(i.quantity),
  }))
}

/**
 * The plan for one status. Only a missing active fulfillment is created; an
 * active one (the admin's or ours) is shipped and delivered as the status says.
 */
export function planFulfillment(input: {
  order: PlanOrder | null | undefined
  status: number
  codes: StatusCodes
  archideliveryOrderId?: string | null
}): FulfillmentPlan {
  const { order, status, codes } = input
  if (!order) {
    return NOTHING("order not found")
  }
  if (order.status === "canceled") {
    return NOTHING("order canceled")
  }
  const want = wanted(status, codes)
  if (!want.ship) {
    return NOTHING(`status ${status} changes no fulfillment`)
  }
  const active = (order.fulfillments ?? [])
    .filter((f) => !f.canceled_at)
    .sort((a, b) => time(a.created_at) - time(b.created_at))
  if (!active.length) {
    const items = itemsToFulfil(order)
    if (!items.length) {
      return NOTHING("order has no items to fulfil")
    }
    return {
      ...NOTHING("no active fulfillment"),
      create: items,
      ship: true,
      deliver: want.deliver,
    }
  }
  const target = active.find(
    (f) => !f.shipped_at || (want.deliver && !f.delivered_at)
  )
  if (!target) {
    return NOTHING(want.deliver ? "already delivered" : "already shipped")
  }
  const labels: PlanLabel[] = (target.labels ?? []).map((l) => ({
    ...(l.id ? { id: l.id } : {}),
    tracking_number: l.tracking_number,
    tracking_url: l.tracking_url,
    label_url: l.label_url,
  }))
  const orderId = input.archideliveryOrderId?.trim()
  if (!labels.length && orderId) {
    labels.push(trackingLabel(orderId))
  }
  return {
    reason: "fulfillment due",
    create: null,
    fulfillment_id: target.id,
    ship: !target.shipped_at,
    deliver: want.deliver && !target.delivered_at,
    labels,
  }
}
