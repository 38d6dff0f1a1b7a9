import {
  FULFILLMENT_MESSAGES,
  fulfillmentData,
  fulfillmentDataProblem,
  pickupPointProblem,
} from "../fulfillment-data"

const options = {
  delivery: { fee: 60, freeFrom: 500, minOrderAmount: 150 },
  currency: "uah",
}
const delivery = { type: "delivery" as const }
const pickup = { type: "pickup" as const, point_id: "5" }
const cart = (
  subtotal: number,
  address: Record<string, unknown> | null = { address_1: "вул. Хрещатик, 22" }
) => ({
  items: [{ unit_price: subtotal, quantity: 1 }],
  shipping_address: address,
})

describe("fulfillmentDataProblem", () => {
  it("refuses below the minimum first, for either kind", () => {
    const message =
      "Мінімальна сума замовлення — 150 грн / The minimum order is 150 UAH"
    expect(fulfillmentDataProblem(pickup, cart(149), options)).toBe(message)
    expect(fulfillmentDataProblem(delivery, cart(149, null), options)).toBe(
      message
    )
  })

  it("needs a street and a house for delivery only", () => {
    for (const address of [
      null,
      { address_1: "вул. Хрещатик" },
      { address_1: "" },
    ]) {
      expect(
        fulfillmentDataProblem(delivery, cart(300, address), options)
      ).toBe(FULFILLMENT_MESSAGES.streetAndHouse)
    }
    expect(
      fulfillmentDataProblem(
        delivery,
        cart(300, { address_1: "вул. Хрещатик", metadata: { house: "22" } }),
        options
      )
    ).toBeNull()
    expect(fulfillmentDataProblem(pickup, cart(300, null), options)).toBeNull()
  })

  it("reads a missing cart as an empty one", () => {
    expect(fulfillmentDataProblem(pickup, undefined, options)).toContain("150")
    expect(
      fulfillmentDataProblem(pickup, undefined, {
        ...options,
        delivery: { fee: 60, minOrderAmount: 0 },
      })
    ).toBeNull()
  })
})

describe("pickupPointProblem", () => {
  it("refuses a point the list does not offer, unless there is no list", () => {
    const points = [{ id: "5", name: "Поділ" }]
    expect(pickupPointProblem(points, "5")).toBeNull()
    expect(pickupPointProblem(points, "42")).toBe(
      "Оберіть пункт самовивозу зі списку / Choose a pickup point from the list"
    )
    expect(pickupPointProblem([], "42")).toBeNull()
  })
})

describe("fulfillmentData", () => {
  const orderTypes = { delivery: "3", pickup: "2" }

  it("keeps the storefront's fields and sets what the plugin decides", () => {
    expect(
      fulfillmentData(
        delivery,
        {
          comment: "Дзвоніть у домофон",
          type: "pickup",
          point_id: "9",
          order_type: "1",
          archidelivery_order_id: "999",
        },
        orderTypes
      )
    ).toEqual({
      comment: "Дзвоніть у домофон",
      type: "delivery",
      order_type: "3",
    })
  })

  it("names the point for a pickup", () => {
    expect(fulfillmentData(pickup, { point_id: "9" }, orderTypes)).toEqual({
      type: "pickup",
      point_id: "5",
      order_type: "2",
    })
    expect(fulfillmentData(pickup, null, orderTypes)).toEqual({
      type: "pickup",
      point_id: "5",
      order_type: "2",
    })
  })
})
