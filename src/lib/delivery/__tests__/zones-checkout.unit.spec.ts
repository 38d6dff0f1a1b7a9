import {
  checkoutProblem,
  deliveryZoneRule,
  minimumOrderRule,
  type CheckoutRuleContext,
} from "../checkout-rules"
import { ZONE_MESSAGES, zoneLanguage } from "../zones-checkout"
import { zoneSchema } from "../zones-schema"

const square = (x0: number, y0: number, size: number) => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
]
const suburbs = zoneSchema.parse({
  id: "suburbs",
  name: "Suburbs",
  fee: 60,
  minOrderAmount: 500,
  pointId: "2",
  geometry: { type: "Polygon", coordinates: [square(30, 50, 1)] },
})

const context = (zones = [suburbs]): CheckoutRuleContext => ({
  options: {
    phone: { defaultCountry: "UA" },
    delivery: { fee: 50, minOrderAmount: 100, zones },
    currency: "uah",
  },
  shippingProviders: async (ids) =>
    ids.map(() => "archidelivery_archidelivery"),
})

const cart = (
  type: "delivery" | "pickup",
  lat: number,
  subtotal = 1000,
  locale?: string
) => ({
  locale,
  shipping_address: { phone: "0931234567", metadata: { lat, lng: 30.5 } },
  items: [{ unit_price: subtotal, quantity: 1 }],
  shipping_methods: [{ shipping_option_id: "so_1", data: { type } }],
})

describe("deliveryZoneRule", () => {
  it("refuses a courier order outside every zone, in the customer's language", async () => {
    expect(await deliveryZoneRule(cart("delivery", 40), context())).toBe(
      ZONE_MESSAGES.uk
    )
    expect(
      await deliveryZoneRule(cart("delivery", 40, 1000, "en-GB"), context())
    ).toBe(ZONE_MESSAGES.en)
    expect(
      await deliveryZoneRule(cart("delivery", 40, 1000, "ru"), context())
    ).toBe(ZONE_MESSAGES.ru)
  })

  it("passes an address inside a zone, pickup, and a shop without zones", async () => {
    expect(await deliveryZoneRule(cart("delivery", 50.5), context())).toBeNull()
    expect(await deliveryZoneRule(cart("pickup", 40), context())).toBeNull()
    expect(await deliveryZoneRule(cart("delivery", 40), context([]))).toBeNull()
  })

  it("ignores another provider's method", async () => {
    const foreign = {
      ...context(),
      shippingProviders: async () => ["manual_manual"],
    }
    expect(await deliveryZoneRule(cart("delivery", 40), foreign)).toBeNull()
  })
})

describe("minimumOrderRule with zones", () => {
  it("applies the zone's minimum to a courier order", async () => {
    expect(
      await minimumOrderRule(cart("delivery", 50.5, 300), context())
    ).toMatch(/500/)
    expect(
      await minimumOrderRule(cart("delivery", 50.5, 600), context())
    ).toBeNull()
  })

  it("keeps the flat minimum for pickup", async () => {
    expect(
      await minimumOrderRule(cart("pickup", 50.5, 300), context())
    ).toBeNull()
    expect(await minimumOrderRule(cart("pickup", 50.5, 50), context())).toMatch(
      /100/
    )
  })

  it("runs the zone before the minimum", async () => {
    expect(await checkoutProblem(cart("delivery", 40, 10), context())).toBe(
      ZONE_MESSAGES.uk
    )
  })
})

describe("zoneLanguage", () => {
  it("reads ru, en and falls back to uk", () => {
    expect(zoneLanguage({ locale: "ru-UA" })).toBe("ru")
    expect(zoneLanguage({ metadata: { locale: "en" } })).toBe("en")
    expect(zoneLanguage({ locale: "rubbish" })).toBe("uk")
    expect(zoneLanguage({})).toBe("uk")
  })
})
