import {
  availableDishesCheckoutRule,
  CHECKOUT_RULES,
  checkoutPhoneRule,
  deliveryZoneRule,
  checkoutProblem,
  minimumOrderRule,
  modifiersRule,
  type CheckoutRuleCart,
  type CheckoutRuleContext,
  kitchenRule,
} from "../checkout-rules"

const MIN_MESSAGE =
  "Мінімальна сума замовлення — 150 грн / The minimum order is 150 UAH"

const context = (
  providers: unknown[] = ["archidelivery_archidelivery"],
  minOrderAmount = 150
) => {
  const asked: string[][] = []
  const ctx: CheckoutRuleContext = {
    options: {
      phone: { defaultCountry: "UA" },
      delivery: { fee: 60, freeFrom: 500, minOrderAmount },
      currency: "uah",
    },
    shippingProviders: async (ids) => {
      asked.push(ids)
      return providers
    },
  }
  return { ctx, asked }
}

const cart = (extra: Partial<CheckoutRuleCart> = {}): CheckoutRuleCart => ({
  shipping_address: { phone: "093 123 45 67" },
  items: [{ unit_price: 100, quantity: 1 }],
  shipping_methods: [{ shipping_option_id: "so_1" }],
  ...extra,
})

describe("checkoutPhoneRule", () => {
  it("passes a phone the push can use", async () => {
    expect(await checkoutPhoneRule(cart(), context().ctx)).toBeNull()
  })

  it("names the missing phone in the customer's language", async () => {
    const { ctx } = context()
    expect(await checkoutPhoneRule(cart({ shipping_address: null }), ctx)).toBe(
      "Вкажіть номер телефону (shipping_address.phone), наприклад 093 123 45 67"
    )
    expect(
      await checkoutPhoneRule(
        cart({ shipping_address: null, locale: "en-US" }),
        ctx
      )
    ).toBe("Enter a phone number (shipping_address.phone), e.g. 093 123 45 67")
  })

  it("quotes a phone it cannot read", async () => {
    const message = await checkoutPhoneRule(
      cart({ shipping_address: { phone: "12" } }),
      context().ctx
    )
    expect(message).toContain("«12»")
  })
})

describe("minimumOrderRule", () => {
  it("refuses a cart shipped by this provider below the minimum", async () => {
    const { ctx, asked } = context()
    expect(await minimumOrderRule(cart(), ctx)).toBe(MIN_MESSAGE)
    expect(asked).toEqual([["so_1"]])
  })

  it("speaks the cart's language when it names one", async () => {
    const { ctx } = context()
    expect(await minimumOrderRule(cart({ locale: "ru-UA" }), ctx)).toBe(
      "Минимальная сумма заказа — 150 грн"
    )
    expect(await minimumOrderRule(cart({ locale: "en" }), ctx)).toBe(
      "The minimum order is 150 UAH"
    )
  })

  it("passes the minimum itself", async () => {
    const items = [{ unit_price: 75, quantity: 2 }]
    expect(await minimumOrderRule(cart({ items }), context().ctx)).toBeNull()
  })

  it("leaves other providers' carts alone", async () => {
    const { ctx } = context(["manual_manual", null])
    expect(await minimumOrderRule(cart(), ctx)).toBeNull()
  })

  it("reads no shipping option without a minimum or a shipping method", async () => {
    const none = context(undefined, 0)
    expect(await minimumOrderRule(cart(), none.ctx)).toBeNull()
    expect(none.asked).toEqual([])
    const unshipped = context()
    for (const shipping_methods of [[], null, [{ shipping_option_id: null }]]) {
      expect(
        await minimumOrderRule(cart({ shipping_methods }), unshipped.ctx)
      ).toBeNull()
    }
    expect(unshipped.asked).toEqual([])
  })
})

describe("checkoutProblem", () => {
  it("checks the dishes, the phone, the zone, the minimum, the modifiers, then the kitchen", () => {
    expect(CHECKOUT_RULES).toEqual([
      availableDishesCheckoutRule,
      checkoutPhoneRule,
      deliveryZoneRule,
      minimumOrderRule,
      modifiersRule,
      kitchenRule,
    ])
  })

  it("gives the first refusal and asks no later rule", async () => {
    const { ctx, asked } = context()
    expect(
      await checkoutProblem(cart({ shipping_address: null }), ctx)
    ).toContain("shipping_address.phone")
    expect(asked).toEqual([])
    expect(await checkoutProblem(cart(), ctx)).toBe(MIN_MESSAGE)
  })

  it("is null when every rule passes, and takes other rules", async () => {
    const { ctx } = context(["manual_manual"])
    expect(await checkoutProblem(cart(), ctx)).toBeNull()
    expect(
      await checkoutProblem(cart(), ctx, [() => null, async () => "no"])
    ).toBe("no")
  })
})
