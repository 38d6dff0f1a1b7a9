import { modifiersRule } from "../../delivery/checkout-rules"
import type { OfferedGroup } from "../choice"

const crust: OfferedGroup = {
  id: "g1",
  name: "Борт",
  min: 1,
  max: 1,
  options: [],
}
const context = (groups?: Map<string, OfferedGroup[]>) => ({
  options: {
    phone: { defaultCountry: "UA" },
    delivery: {} as any,
    currency: "uah",
  },
  shippingProviders: async () => [],
  ...(groups ? { modifierGroups: async () => groups } : {}),
})

describe("modifiersRule", () => {
  const cart = {
    locale: "en",
    items: [{ product_id: "p1", product_title: "Маргарита" } as any],
  }

  it("refuses a dish with a required group that has no modifiers", async () => {
    expect(await modifiersRule(cart, context(new Map([["p1", [crust]]])))).toBe(
      '"Маргарита" needs a choice in "Борт": add it to the cart with its modifiers'
    )
  })

  it("passes when no product has groups, or when groups cannot be read", async () => {
    expect(await modifiersRule(cart, context(new Map()))).toBeNull()
    expect(await modifiersRule(cart, context())).toBeNull()
  })
})
