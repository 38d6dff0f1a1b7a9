import {
  availableDishesRule,
  cartLinesProblem,
  customerLanguage,
} from "../cart-rules"
import {
  availableDishesCheckoutRule,
  CHECKOUT_RULES,
  type CheckoutRuleContext,
} from "../checkout-rules"
import {
  unavailableDishes,
  unavailableDishMessage,
} from "../../menu/unavailable-dishes"

const NOW = new Date("2026-06-10T12:00:00Z")

const links = [
  {
    archidelivery_id: "101",
    product_id: "prod_1",
    variant_id: "var_1",
    imported_name: "Маргарита 30 см",
    menu_active: false,
  },
  {
    archidelivery_id: "102",
    product_id: "prod_1",
    variant_id: "var_2",
    imported_name: "Маргарита 40 см",
  },
  {
    archidelivery_id: "501",
    product_id: "prod_5",
    variant_id: null,
    imported_name: "Тірамісу",
    admin_unavailable: true,
    unavailable_until: new Date("2026-06-10T15:00:00Z"),
  },
]

describe("unavailableDishes", () => {
  it("judges each variant by its own link (one size off, the other on)", () => {
    expect(
      unavailableDishes(
        [
          { variant_id: "var_1" },
          { variant_id: "var_2" },
          { variant_id: "var_1" },
        ],
        links,
        NOW
      )
    ).toEqual([
      {
        variant_id: "var_1",
        product_id: "prod_1",
        name: "Маргарита 30 см",
        reason: "menu_inactive",
        until: null,
      },
    ])
  })

  it("falls back to the product's link made without a variant", () => {
    expect(
      unavailableDishes(
        [{ variant_id: "var_9", product_id: "prod_5" }],
        links,
        NOW
      )
    ).toMatchObject([{ name: "Тірамісу", reason: "admin" }])
    expect(
      unavailableDishes(
        [{ variant_id: "var_9", product_id: "prod_5" }],
        links,
        new Date("2026-06-10T15:00:01Z")
      )
    ).toEqual([])
  })

  it("never lets a size waiting for approval stand for the sizes on sale", () => {
    const pending = {
      archidelivery_id: "103",
      product_id: "prod_1",
      variant_id: null,
      size_label: "50 см",
      imported_name: "Маргарита 50 см",
      menu_active: false,
    }
    expect(
      unavailableDishes(
        [{ variant_id: "var_new", product_id: "prod_1" }],
        [...links, pending],
        NOW
      )
    ).toEqual([])
  })

  it("leaves dishes that are not from ArchiDelivery alone", () => {
    expect(unavailableDishes([{ variant_id: "var_x" }], links, NOW)).toEqual([])
  })
})

describe("unavailableDishMessage", () => {
  it("names the dish in uk, en and ru", () => {
    const one = [{ name: "Маргарита 30 см" }]
    expect(unavailableDishMessage(one, "uk")).toBe(
      "«Маргарита 30 см» зараз недоступна для замовлення: приберіть її з кошика або оберіть іншу страву"
    )
    expect(unavailableDishMessage(one, "en")).toBe(
      '"Маргарита 30 см" is not available right now: remove it from the cart or choose another dish'
    )
    expect(unavailableDishMessage(one, "ru")).toContain(
      "«Маргарита 30 см» сейчас недоступно"
    )
  })

  it("names several once each", () => {
    expect(
      unavailableDishMessage(
        [{ name: "A" }, { name: "B" }, { name: "A" }],
        "en"
      )
    ).toBe(
      '"A", "B" are not available right now: remove them from the cart or choose other dishes'
    )
  })
})

describe("customerLanguage", () => {
  it("reads ru, en and defaults to uk", () => {
    expect(customerLanguage({ locale: "ru-UA" })).toBe("ru")
    expect(customerLanguage({ metadata: { locale: "en" } })).toBe("en")
    expect(customerLanguage({ customer: { metadata: { locale: "ru" } } })).toBe(
      "ru"
    )
    expect(customerLanguage({})).toBe("uk")
  })
})

describe("the availability rules", () => {
  const lookup = async (wanted: readonly { variant_id: string }[]) =>
    unavailableDishes(wanted, links, NOW)

  it("refuse lines going into a cart, in the cart's language", async () => {
    expect(
      await cartLinesProblem(
        [{ variant_id: "var_1" }],
        { locale: "en-US" },
        { unavailableDishes: lookup }
      )
    ).toContain('"Маргарита 30 см" is not available')
    expect(
      await availableDishesRule(
        [{ variant_id: "var_2" }],
        {},
        {
          unavailableDishes: lookup,
        }
      )
    ).toBeNull()
  })

  it("refuse completing a cart that holds an unavailable dish, first of the checkout rules", async () => {
    expect(CHECKOUT_RULES[0]).toBe(availableDishesCheckoutRule)
    const context = {
      options: {
        phone: { defaultCountry: "UA" },
        delivery: { fee: 0, minOrderAmount: 0 },
        currency: "uah",
      },
      shippingProviders: async () => [],
      unavailableDishes: lookup,
    } satisfies CheckoutRuleContext
    expect(
      await availableDishesCheckoutRule(
        {
          items: [
            { variant_id: "var_2", product_id: "prod_1" },
            { variant_id: "var_1", product_id: "prod_1" },
          ],
        },
        context
      )
    ).toContain("«Маргарита 30 см» зараз недоступна")
    // A host composing the rules without a lookup skips the check.
    const { unavailableDishes: _, ...withoutLookup } = context
    expect(
      await availableDishesCheckoutRule(
        { items: [{ variant_id: "var_1" }] },
        withoutLookup
      )
    ).toBeNull()
  })
})
