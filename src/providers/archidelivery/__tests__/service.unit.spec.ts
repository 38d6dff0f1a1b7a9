import { MedusaError } from "@medusajs/framework/utils"
import ArchiDeliveryFulfillmentService from "../service"

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { createEmulator } = require("../../../../emulator")

const quiet = { warn: () => {}, info: () => {} } as any

const emulator = createEmulator({ port: 0, controlPort: 0, host: "127.0.0.1" })

const options = (extra: Record<string, unknown> = {}) => ({
  url: emulator.url,
  delivery: {
    fee: 60,
    freeFrom: 500,
    minOrderAmount: 150,
    points: [{ id: "77", name: "Запасна кухня" }],
  },
  ...extra,
})

const provider = (extra?: Record<string, unknown>) =>
  new ArchiDeliveryFulfillmentService({ logger: quiet }, options(extra))

const delivery = {
  id: "archidelivery-delivery",
  name: "Courier",
  type: "delivery",
}
const pickup5 = {
  id: "archidelivery-pickup-5",
  name: "Поділ",
  type: "pickup",
  point_id: "5",
}

const cart = (
  subtotal: number,
  address: Record<string, unknown> | null = { address_1: "вул. Хрещатик, 22" }
) =>
  ({
    id: "cart_1",
    items: [{ unit_price: subtotal, quantity: 1 }],
    shipping_address: address,
  }) as any

async function invalidData(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e) => e
  )
  expect(error).toBeInstanceOf(MedusaError)
  expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
  return error.message
}

beforeAll(() => emulator.start())
beforeEach(() => emulator.reset())
afterAll(() => emulator.stop())

describe("options", () => {
  it("is registered under the identifier archidelivery", () => {
    expect(ArchiDeliveryFulfillmentService.identifier).toBe("archidelivery")
  })

  it("refuses invalid options at start-up, naming the option", () => {
    expect(() =>
      ArchiDeliveryFulfillmentService.validateOptions({ url: "nope" })
    ).toThrow(/url/)
    expect(() =>
      ArchiDeliveryFulfillmentService.validateOptions({
        url: emulator.url,
        delivery: { fee: -1 },
      })
    ).toThrow(/delivery\.fee/)
    expect(() =>
      ArchiDeliveryFulfillmentService.validateOptions({ url: emulator.url })
    ).not.toThrow()
  })
})

describe("getFulfillmentOptions", () => {
  it("offers courier delivery and pickup at every ArchiDelivery point", async () => {
    const list = await provider().getFulfillmentOptions()
    expect(list).toEqual([
      {
        id: "archidelivery-delivery",
        name: expect.any(String),
        type: "delivery",
      },
      expect.objectContaining({
        id: "archidelivery-pickup-5",
        type: "pickup",
        point_id: "5",
        name: expect.stringContaining("Піцерія на Подолі"),
      }),
      expect.objectContaining({
        id: "archidelivery-pickup-10",
        type: "pickup",
        point_id: "10",
        name: expect.stringContaining("Кухня на Оболоні"),
      }),
    ])
    expect(emulator.requests.map((r: { method: string }) => r.method)).toEqual([
      "getallpoint",
    ])
  })

  it("falls back to the configured points when ArchiDelivery does not answer", async () => {
    await emulator.setFaults({ unreachable: true })
    const list = await provider().getFulfillmentOptions()
    expect(list.map((o) => o.id)).toEqual([
      "archidelivery-delivery",
      "archidelivery-pickup-77",
    ])
    expect(list[1]).toMatchObject({ type: "pickup", point_id: "77" })
  })
})

describe("validateOption and canCalculate", () => {
  it("accepts only its own options", async () => {
    const p = provider()
    await expect(p.validateOption(delivery)).resolves.toBe(true)
    await expect(p.validateOption(pickup5)).resolves.toBe(true)
    await expect(p.validateOption({ id: "manual-fulfillment" })).resolves.toBe(
      false
    )
    await expect(p.canCalculate({ data: pickup5 } as any)).resolves.toBe(true)
    await expect(p.canCalculate({} as any)).resolves.toBe(true)
    await expect(p.canCalculate({ data: { id: "dhl" } } as any)).resolves.toBe(
      false
    )
  })
})

describe("calculatePrice", () => {
  const price = (optionData: Record<string, unknown>, subtotal: number) =>
    provider().calculatePrice(optionData, {}, cart(subtotal))

  it("charges the courier fee below the free-delivery threshold", async () => {
    await expect(price(delivery, 499)).resolves.toEqual({
      calculated_amount: 60,
      is_calculated_price_tax_inclusive: true,
    })
  })

  it("delivers free at and above the threshold", async () => {
    expect((await price(delivery, 500)).calculated_amount).toBe(0)
    expect((await price(delivery, 501)).calculated_amount).toBe(0)
  })

  it("never charges for pickup", async () => {
    expect((await price(pickup5, 200)).calculated_amount).toBe(0)
  })

  it("prices a cart below the minimum instead of failing (the cart must stay editable)", async () => {
    expect((await price(delivery, 20)).calculated_amount).toBe(60)
  })

  it("refuses an option that is not its own", async () => {
    await invalidData(price({ id: "dhl-express" }, 200))
  })
})

describe("validateFulfillmentData", () => {
  it("returns the kind of order for the push, dropping what the storefront may not set", async () => {
    const data = await provider().validateFulfillmentData(
      delivery,
      {
        comment: "Дзвоніть у домофон",
        type: "pickup",
        archidelivery_order_id: "999",
      },
      cart(300)
    )
    expect(data).toEqual({
      comment: "Дзвоніть у домофон",
      type: "delivery",
      order_type: "3",
    })
  })

  it("needs a street and a house for delivery", async () => {
    const p = provider()
    for (const address of [
      null,
      { address_1: "вул. Хрещатик" },
      { address_1: "" },
    ]) {
      const message = await invalidData(
        p.validateFulfillmentData(delivery, {}, cart(300, address))
      )
      expect(message).toBe(
        "Вкажіть вулицю та номер будинку / Enter the street and house number"
      )
    }
    await expect(
      p.validateFulfillmentData(
        delivery,
        {},
        cart(300, { address_1: "вул. Хрещатик", metadata: { house: "22" } })
      )
    ).resolves.toMatchObject({ type: "delivery" })
  })

  it("accepts pickup at a point ArchiDelivery knows, without an address", async () => {
    const data = await provider().validateFulfillmentData(
      pickup5,
      {},
      cart(300, null)
    )
    expect(data).toEqual({ type: "pickup", point_id: "5", order_type: "2" })
  })

  it("refuses pickup at a point that no longer exists", async () => {
    const gone = {
      id: "archidelivery-pickup-42",
      type: "pickup",
      point_id: "42",
    }
    const message = await invalidData(
      provider().validateFulfillmentData(gone, {}, cart(300))
    )
    expect(message).toMatch(/пункт самовивозу .*pickup point/)
  })

  it("checks a pickup point against the configured list while ArchiDelivery is offline", async () => {
    await emulator.setFaults({ unreachable: true })
    const p = provider()
    await invalidData(p.validateFulfillmentData(pickup5, {}, cart(300)))
    const offline = {
      id: "archidelivery-pickup-77",
      type: "pickup",
      point_id: "77",
    }
    await expect(
      p.validateFulfillmentData(offline, {}, cart(300))
    ).resolves.toMatchObject({
      point_id: "77",
    })
  })

  it("keeps the admin's point when offline with no configured list", async () => {
    await emulator.setFaults({ unreachable: true })
    const p = provider({ delivery: { fee: 60 } })
    await expect(
      p.validateFulfillmentData(pickup5, {}, cart(300))
    ).resolves.toMatchObject({
      point_id: "5",
    })
  })

  it("refuses an order below the minimum with the amount in the message", async () => {
    const message = await invalidData(
      provider().validateFulfillmentData(pickup5, {}, cart(149))
    )
    expect(message).toBe(
      "Мінімальна сума замовлення — 150 грн / The minimum order is 150 UAH"
    )
    await expect(
      provider().validateFulfillmentData(pickup5, {}, cart(150))
    ).resolves.toBeTruthy()
  })
})

describe("fulfillments", () => {
  it("uses the ArchiDelivery order id passed by the status workflow as the tracking number", async () => {
    const result = await provider().createFulfillment(
      { type: "delivery" },
      [],
      { id: "order_1", metadata: {} } as any,
      {},
      { archidelivery_order_id: "1042" }
    )
    expect(result).toEqual({
      data: { type: "delivery", archidelivery_order_id: "1042" },
      labels: [{ tracking_number: "1042", tracking_url: "", label_url: "" }],
    })
  })

  it("falls back to the fulfillment's and then the order's metadata", async () => {
    const p = provider()
    const fromFulfillment = await p.createFulfillment({}, [], undefined, {
      metadata: { archidelivery_order_id: 77 },
    })
    expect(fromFulfillment.labels).toEqual([
      expect.objectContaining({ tracking_number: "77" }),
    ])
    const fromOrder = await p.createFulfillment(
      {},
      [],
      { metadata: { archidelivery_order_id: "55" } } as any,
      {}
    )
    expect(fromOrder.labels).toEqual([
      expect.objectContaining({ tracking_number: "55" }),
    ])
  })

  it("creates a fulfillment without a label before the order reached ArchiDelivery", async () => {
    await expect(
      provider().createFulfillment({ type: "pickup" }, [], undefined, {})
    ).resolves.toEqual({
      data: { type: "pickup" },
      labels: [],
    })
  })

  it("cancels in Medusa only and makes no call (ArchiDelivery has no cancel)", async () => {
    await expect(
      provider().cancelFulfillment({ archidelivery_order_id: "1042" })
    ).resolves.toEqual({})
    expect(emulator.requests).toEqual([])
  })

  it("returns empty data for a return", async () => {
    await expect(provider().createReturnFulfillment({})).resolves.toEqual({
      data: {},
      labels: [],
    })
  })
})

describe("delivery zones", () => {
  const square = (x0: number, y0: number) => [
    [x0, y0],
    [x0 + 1, y0],
    [x0 + 1, y0 + 1],
    [x0, y0 + 1],
    [x0, y0],
  ]
  const zoned = () =>
    new ArchiDeliveryFulfillmentService(
      { logger: quiet },
      options({
        delivery: {
          fee: 60,
          minOrderAmount: 0,
          points: [{ id: "77", name: "Запасна кухня" }],
          zones: [
            {
              id: "far",
              name: "Far",
              fee: 150,
              freeFrom: 900,
              minOrderAmount: 500,
              pointId: "77",
              geometry: { type: "Polygon", coordinates: [square(30, 50)] },
            },
          ],
        },
      })
    )
  const at = (lat: number) => ({
    address_1: "вул. Хрещатик, 22",
    metadata: { lat, lng: 30.5 },
  })

  it("prices the courier by the address's zone and its free-from", async () => {
    const p = zoned()
    expect(
      (await p.calculatePrice(delivery, {}, cart(600, at(50.5))))
        .calculated_amount
    ).toBe(150)
    expect(
      (await p.calculatePrice(delivery, {}, cart(900, at(50.5))))
        .calculated_amount
    ).toBe(0)
    expect(
      (await p.calculatePrice(pickup5, {}, cart(600, at(40)))).calculated_amount
    ).toBe(0)
  })

  it("refuses the courier outside every zone and below the zone's minimum", async () => {
    const p = zoned()
    expect(
      await invalidData(
        p.validateFulfillmentData(delivery, {}, cart(600, at(40)))
      )
    ).toMatch(/поза зонами доставки/)
    expect(
      await invalidData(
        p.validateFulfillmentData(delivery, {}, cart(300, at(50.5)))
      )
    ).toMatch(/500/)
    await expect(
      p.validateFulfillmentData(delivery, {}, cart(600, at(50.5)))
    ).resolves.toMatchObject({ type: "delivery" })
  })
})
