import {
  archideliveryOrderIdFrom,
  trackedFulfillment,
  trackingLabel,
} from "../tracking"

describe("archideliveryOrderIdFrom", () => {
  it("takes the first id found, as a string", () => {
    expect(
      archideliveryOrderIdFrom(
        undefined,
        { archidelivery_order_id: " " },
        { archidelivery_order_id: 77 },
        { archidelivery_order_id: "55" }
      )
    ).toBe("77")
    expect(archideliveryOrderIdFrom({ archidelivery_order_id: " 1042 " })).toBe(
      "1042"
    )
  })

  it("is null when no place has one", () => {
    expect(archideliveryOrderIdFrom()).toBeNull()
    expect(archideliveryOrderIdFrom(null, {}, { other: "1" })).toBeNull()
  })
})

describe("trackedFulfillment", () => {
  it("labels the fulfillment with the ArchiDelivery id", () => {
    expect(trackedFulfillment({ type: "delivery" }, "1042")).toEqual({
      data: { type: "delivery", archidelivery_order_id: "1042" },
      labels: [trackingLabel("1042")],
    })
    expect(trackingLabel("1042")).toEqual({
      tracking_number: "1042",
      tracking_url: "",
      label_url: "",
    })
  })

  it("keeps the data as it is, unlabelled, without an id", () => {
    const data = { type: "pickup" }
    const result = trackedFulfillment(data, null)
    expect(result).toEqual({ data: { type: "pickup" }, labels: [] })
    expect(result.data).not.toBe(data)
  })
})
