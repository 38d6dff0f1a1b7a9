import type { FulfillmentPlan } from "../fulfillment-plan"
import {
  deliveryInput,
  deliversNow,
  fulfillmentCreateInput,
  fulfillmentSyncResult,
  fulfillmentSyncSummary,
  planSync,
  shipmentInput,
  shipsNow,
  syncInputFromEvent,
} from "../fulfillment-sync"

const codes = { shipped: [6], delivered: [7, 9] }
const input = { order_id: "order_1", status: 6, archidelivery_order_id: "1042" }
const plan = (extra: Partial<FulfillmentPlan> = {}): FulfillmentPlan => ({
  reason: "fulfillment due",
  create: null,
  fulfillment_id: "ful_1",
  ship: true,
  deliver: false,
  labels: [],
  ...extra,
})
const label = { tracking_number: "1042", tracking_url: "", label_url: "" }

describe("planSync", () => {
  it("plans on the first order the query found", () => {
    const order = {
      id: "order_1",
      items: [{ id: "item_1", quantity: 2 }],
      fulfillments: [],
    }
    expect(planSync([order], input, codes)).toMatchObject({
      create: [{ id: "item_1", quantity: 2 }],
      ship: true,
    })
  })

  it("plans nothing when the query found no order", () => {
    expect(planSync([], input, codes)).toMatchObject({
      reason: "order not found",
      create: null,
    })
  })

  it("passes the ArchiDelivery id on as the tracking number", () => {
    const order = { id: "order_1", fulfillments: [{ id: "ful_1" }] }
    expect(planSync([order], input, codes).labels).toEqual([label])
  })
})

describe("shipsNow and deliversNow", () => {
  it("act only on an existing fulfillment", () => {
    expect(shipsNow(plan())).toBe(true)
    expect(shipsNow(plan({ fulfillment_id: null }))).toBe(false)
    expect(shipsNow(plan({ ship: false }))).toBe(false)
    expect(deliversNow(plan({ deliver: true }))).toBe(true)
    expect(deliversNow(plan({ deliver: true, fulfillment_id: null }))).toBe(
      false
    )
    expect(deliversNow(plan())).toBe(false)
  })
})

describe("fulfillmentCreateInput", () => {
  const items = [{ id: "item_1", quantity: 2 }]

  it("hands the provider the ArchiDelivery id and keeps the status in metadata", () => {
    expect(fulfillmentCreateInput(input, plan({ create: items }))).toEqual({
      order_id: "order_1",
      items,
      additional_data: { archidelivery_order_id: "1042" },
      metadata: { archidelivery_status: 6, archidelivery_order_id: "1042" },
    })
  })

  it("leaves the id out before the order has one", () => {
    expect(
      fulfillmentCreateInput(
        { order_id: "order_1", status: 9, archidelivery_order_id: null },
        plan({ create: items })
      )
    ).toEqual({
      order_id: "order_1",
      items,
      additional_data: undefined,
      metadata: { archidelivery_status: 9 },
    })
  })

  it("creates no items when the plan has none", () => {
    expect(fulfillmentCreateInput(input, plan()).items).toEqual([])
  })
})

describe("shipmentInput and deliveryInput", () => {
  it("address the planned fulfillment, keeping its labels", () => {
    expect(shipmentInput(input, plan({ labels: [label] }))).toEqual({
      order_id: "order_1",
      fulfillment_id: "ful_1",
      items: [],
      labels: [label],
    })
    expect(deliveryInput(input, plan())).toEqual({
      orderId: "order_1",
      fulfillmentId: "ful_1",
    })
  })
})

describe("fulfillmentSyncResult", () => {
  it("reports a creation by the first plan, shipping by the second", () => {
    expect(
      fulfillmentSyncResult({
        input,
        first: plan({ create: [{ id: "item_1", quantity: 1 }] }),
        plan: plan({ reason: "fulfillment due" }),
        created: { id: "ful_1" },
      })
    ).toEqual({
      order_id: "order_1",
      fulfillment_id: "ful_1",
      created: true,
      shipped: true,
      delivered: false,
      reason: "fulfillment created",
    })
  })

  it("gives the second plan's reason when nothing was created", () => {
    const nothing = plan({
      reason: "already shipped",
      fulfillment_id: null,
      ship: false,
    })
    expect(
      fulfillmentSyncResult({
        input,
        first: nothing,
        plan: nothing,
        created: undefined,
      })
    ).toEqual({
      order_id: "order_1",
      fulfillment_id: null,
      created: false,
      shipped: false,
      delivered: false,
      reason: "already shipped",
    })
  })
})

describe("syncInputFromEvent", () => {
  it("reads the order, a whole code and the ArchiDelivery id as a string", () => {
    expect(
      syncInputFromEvent({
        order_id: "order_1",
        status: "7",
        archidelivery_order_id: 1042,
        label: "Доставлено",
      })
    ).toEqual({
      order_id: "order_1",
      status: 7,
      archidelivery_order_id: "1042",
    })
    expect(syncInputFromEvent({ order_id: "order_1", status: 6 })).toEqual({
      order_id: "order_1",
      status: 6,
      archidelivery_order_id: null,
    })
  })

  it("ignores an event without an order or a whole code", () => {
    for (const data of [
      null,
      undefined,
      {},
      { order_id: "", status: 6 },
      { order_id: 5, status: 6 },
      { order_id: "order_1" },
      { order_id: "order_1", status: 6.5 },
      { order_id: "order_1", status: "out" },
    ]) {
      expect(syncInputFromEvent(data)).toBeNull()
    }
  })
})

describe("fulfillmentSyncSummary", () => {
  const result = {
    order_id: "order_1",
    fulfillment_id: "ful_1",
    created: false,
    shipped: false,
    delivered: false,
    reason: "already delivered",
  }

  it("lists what changed, in order", () => {
    expect(
      fulfillmentSyncSummary({
        ...result,
        created: true,
        shipped: true,
        delivered: true,
      })
    ).toBe("fulfillment created, shipped, delivered")
    expect(fulfillmentSyncSummary({ ...result, delivered: true })).toBe(
      "delivered"
    )
  })

  it("is empty when nothing changed", () => {
    expect(fulfillmentSyncSummary(result)).toBe("")
  })
})
