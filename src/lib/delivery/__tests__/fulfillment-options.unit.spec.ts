import {
  fulfillmentOptionKind,
  fulfillmentOptions,
  isArchiDeliveryProvider,
  isCalculableOption,
} from "../fulfillment-options"

describe("fulfillmentOptions", () => {
  it("offers courier delivery, then a pickup per point", () => {
    expect(
      fulfillmentOptions([
        { id: "5", name: "Поділ", address: "вул. Сагайдачного, 1" },
        { id: "10", name: "Оболонь" },
      ])
    ).toEqual([
      {
        id: "archidelivery-delivery",
        name: "Кур'єрська доставка / Courier delivery",
        type: "delivery",
      },
      {
        id: "archidelivery-pickup-5",
        name: "Самовивіз: Поділ / Pickup: Поділ",
        type: "pickup",
        point_id: "5",
        address: "вул. Сагайдачного, 1",
      },
      {
        id: "archidelivery-pickup-10",
        name: "Самовивіз: Оболонь / Pickup: Оболонь",
        type: "pickup",
        point_id: "10",
      },
    ])
  })
})

describe("fulfillmentOptionKind", () => {
  it("reads delivery and pickup from the option id", () => {
    expect(fulfillmentOptionKind({ id: "archidelivery-delivery" })).toEqual({
      type: "delivery",
    })
    expect(
      fulfillmentOptionKind({ id: "archidelivery-pickup-5", point_id: 5 })
    ).toEqual({ type: "pickup", point_id: "5" })
  })

  it("takes the point from the id when the data has none", () => {
    expect(fulfillmentOptionKind({ id: "archidelivery-pickup-12" })).toEqual({
      type: "pickup",
      point_id: "12",
    })
  })

  it("refuses foreign options and a pickup without a point", () => {
    for (const data of [
      { id: "manual-fulfillment" },
      { id: "archidelivery-pickup-" },
      { type: "delivery" },
      {},
      null,
      undefined,
    ]) {
      expect(fulfillmentOptionKind(data)).toBeNull()
    }
  })
})

describe("isCalculableOption", () => {
  it("refuses only another provider's data", () => {
    expect(isCalculableOption({ id: "archidelivery-pickup-5" })).toBe(true)
    expect(isCalculableOption(undefined)).toBe(true)
    expect(isCalculableOption({ id: "dhl" })).toBe(false)
  })
})

describe("isArchiDeliveryProvider", () => {
  it("knows the provider by its identifier, whatever id the host gave it", () => {
    expect(isArchiDeliveryProvider("archidelivery_archidelivery")).toBe(true)
    expect(isArchiDeliveryProvider("archidelivery_kitchen")).toBe(true)
    expect(isArchiDeliveryProvider("manual_manual")).toBe(false)
    expect(isArchiDeliveryProvider("archidelivery")).toBe(false)
    expect(isArchiDeliveryProvider(null)).toBe(false)
  })
})
