import {
  fulfillmentCodes,
  fulfillmentLagEvents,
  fulfillmentLagFilter,
  fulfillmentLagTake,
} from "../fulfillment-lag"

const row = (order_id: string, status = 6) => ({
  order_id,
  archidelivery_order_id: `ad_${order_id}`,
  archidelivery_status: status,
})

describe("fulfillmentCodes", () => {
  it("lists every shipping and delivering code once", () => {
    expect(fulfillmentCodes({ shipped: [6, 7], delivered: [7, 9] })).toEqual([
      6, 7, 9,
    ])
    expect(fulfillmentCodes({ shipped: [], delivered: [] })).toEqual([])
  })
})

describe("fulfillmentLagFilter", () => {
  it("matches sent rows at a code whose fulfillment status differs or is unset", () => {
    expect(fulfillmentLagFilter([6, 7])).toEqual({
      status: "sent",
      $or: [6, 7].map((code) => ({
        archidelivery_status: code,
        $or: [
          { fulfilment_status: null },
          { fulfilment_status: { $ne: code } },
        ],
      })),
    })
  })
})

describe("fulfillmentLagTake", () => {
  it("reads one more row for every order already announced", () => {
    expect(fulfillmentLagTake(10, [])).toBe(10)
    expect(
      fulfillmentLagTake(10, [
        { order_id: "a" },
        { order_id: "b" },
        { order_id: "a" },
      ])
    ).toBe(12)
  })
})

describe("fulfillmentLagEvents", () => {
  it("announces the kitchen's code again as an unchanged status", () => {
    expect(fulfillmentLagEvents([row("a", 7)], [], 5)).toEqual([
      {
        order_id: "a",
        archidelivery_order_id: "ad_a",
        status: 7,
        previous_status: 7,
        label: expect.any(String),
      },
    ])
  })

  it("skips the orders this round announces and keeps `limit` of the rest", () => {
    const rows = [row("a"), row("b"), row("c"), row("d")]
    expect(
      fulfillmentLagEvents(rows, [{ order_id: "b" }], 2).map((e) => e.order_id)
    ).toEqual(["a", "c"])
  })
})
