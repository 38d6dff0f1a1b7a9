import { planFulfillment, type PlanOrder } from "../fulfillment-plan"

const codes = { shipped: [6], delivered: [7, 9] }
const items = [
  { id: "item_1", quantity: 2 },
  { id: "item_2", quantity: 1 },
]
const order = (extra: Partial<PlanOrder> = {}): PlanOrder => ({
  id: "order_1",
  status: "pending",
  items,
  fulfillments: [],
  ...extra,
})
const label = {
  id: "fulla_1",
  tracking_number: "1042",
  tracking_url: "",
  label_url: "",
}

describe("planFulfillment", () => {
  it("does nothing for codes before the courier leaves", () => {
    for (const status of [12, 2, 3, 4, 5, 42]) {
      expect(planFulfillment({ order: order(), status, codes })).toMatchObject({
        create: null,
        ship: false,
        deliver: false,
      })
    }
  })

  it("creates a fulfillment for every item and ships it on 6", () => {
    expect(planFulfillment({ order: order(), status: 6, codes })).toMatchObject(
      {
        create: items,
        ship: true,
        deliver: false,
      }
    )
  })

  it("creates, ships and delivers on a delivered code", () => {
    expect(planFulfillment({ order: order(), status: 9, codes })).toMatchObject(
      {
        create: items,
        ship: true,
        deliver: true,
      }
    )
  })

  it("ships the active fulfillment, keeping its labels", () => {
    const plan = planFulfillment({
      order: order({ fulfillments: [{ id: "ful_1", labels: [label] }] }),
      status: 6,
      codes,
    })
    expect(plan).toEqual({
      reason: "fulfillment due",
      create: null,
      fulfillment_id: "ful_1",
      ship: true,
      deliver: false,
      labels: [label],
    })
  })

  it("adds the tracking number to a fulfillment that has none", () => {
    const plan = planFulfillment({
      order: order({ fulfillments: [{ id: "ful_1", labels: [] }] }),
      status: 6,
      codes,
      archideliveryOrderId: "1042",
    })
    expect(plan.labels).toEqual([
      { tracking_number: "1042", tracking_url: "", label_url: "" },
    ])
  })

  it("plans nothing when the status was already applied", () => {
    const shipped = { id: "ful_1", shipped_at: "2026-01-01T10:00:00Z" }
    const delivered = { ...shipped, delivered_at: "2026-01-01T11:00:00Z" }
    expect(
      planFulfillment({
        order: order({ fulfillments: [shipped] }),
        status: 6,
        codes,
      })
    ).toMatchObject({ create: null, ship: false, deliver: false })
    expect(
      planFulfillment({
        order: order({ fulfillments: [delivered] }),
        status: 7,
        codes,
      })
    ).toMatchObject({ create: null, ship: false, deliver: false })
  })

  it("only delivers a fulfillment that is already shipped", () => {
    const shipped = { id: "ful_1", shipped_at: "2026-01-01T10:00:00Z" }
    expect(
      planFulfillment({
        order: order({ fulfillments: [shipped] }),
        status: 7,
        codes,
      })
    ).toMatchObject({ fulfillment_id: "ful_1", ship: false, deliver: true })
  })

  it("ignores cancelled fulfillments and creates a new one", () => {
    const cancelled = { id: "ful_0", canceled_at: "2026-01-01T09:00:00Z" }
    expect(
      planFulfillment({
        order: order({ fulfillments: [cancelled] }),
        status: 6,
        codes,
      })
    ).toMatchObject({ create: items, ship: true })
  })

  it("leaves cancelled and missing orders alone", () => {
    expect(
      planFulfillment({
        order: order({ status: "canceled" }),
        status: 7,
        codes,
      })
    ).toMatchObject({
      create: null,
      ship: false,
      deliver: false,
      reason: "order canceled",
    })
    expect(planFulfillment({ order: null, status: 7, codes }).reason).toBe(
      "order not found"
    )
  })

  it("follows configured codes", () => {
    const custom = { shipped: [15], delivered: [16] }
    expect(
      planFulfillment({ order: order(), status: 6, codes: custom }).ship
    ).toBe(false)
    expect(
      planFulfillment({ order: order(), status: 15, codes: custom }).ship
    ).toBe(true)
  })
})
