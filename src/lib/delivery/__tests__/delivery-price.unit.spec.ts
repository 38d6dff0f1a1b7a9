import {
  deliveryPrice,
  goodsSubtotal,
  isBelowMinimum,
  minimumOrderMessage,
  minimumOrderProblem,
  shippingOptionPrice,
  toAmount,
} from "../delivery-price"

const pricing = { fee: 60, freeFrom: 500, minOrderAmount: 150 }

describe("goodsSubtotal", () => {
  it("sums unit price × quantity in major units", () => {
    expect(
      goodsSubtotal([
        { unit_price: 185, quantity: 2 },
        { unit_price: 49.5, quantity: 1 },
      ])
    ).toBe(419.5)
  })

  it("reads numeric strings and BigNumber-like values", () => {
    expect(
      goodsSubtotal([
        { unit_price: "100.10", quantity: "2" },
        { unit_price: { numeric: 0.1 }, quantity: { value: "3" } },
      ])
    ).toBe(200.5)
  })

  it("is 0 for no lines and for unreadable values", () => {
    expect(goodsSubtotal(undefined)).toBe(0)
    expect(goodsSubtotal([{ unit_price: "abc", quantity: 2 }, {}])).toBe(0)
    expect(toAmount(Number.NaN)).toBe(0)
  })

  it("does not drift on cents (0.1 + 0.2 reaches a 0.3 threshold)", () => {
    const subtotal = goodsSubtotal([
      { unit_price: 0.1, quantity: 1 },
      { unit_price: 0.2, quantity: 1 },
    ])
    expect(
      deliveryPrice("delivery", subtotal, {
        fee: 5,
        freeFrom: 0.3,
        minOrderAmount: 0,
      })
    ).toBe(0)
  })
})

describe("deliveryPrice", () => {
  it("charges the fee below the free-delivery threshold", () => {
    expect(deliveryPrice("delivery", 499.99, pricing)).toBe(60)
  })

  it("is free at the threshold and above it", () => {
    expect(deliveryPrice("delivery", 500, pricing)).toBe(0)
    expect(deliveryPrice("delivery", 730, pricing)).toBe(0)
  })

  it("always charges the fee when no threshold is set", () => {
    expect(
      deliveryPrice("delivery", 100_000, { fee: 45, minOrderAmount: 0 })
    ).toBe(45)
  })

  it("never charges for pickup", () => {
    expect(deliveryPrice("pickup", 10, pricing)).toBe(0)
    expect(deliveryPrice("pickup", 1000, pricing)).toBe(0)
  })
})

describe("minimum order", () => {
  it("refuses only below the minimum", () => {
    expect(isBelowMinimum(149.99, pricing)).toBe(true)
    expect(isBelowMinimum(150, pricing)).toBe(false)
    expect(isBelowMinimum(151, pricing)).toBe(false)
  })

  it("has no minimum at 0", () => {
    expect(isBelowMinimum(0, { fee: 0, minOrderAmount: 0 })).toBe(false)
  })

  it("names the amount in both languages", () => {
    expect(minimumOrderMessage(150)).toBe(
      "Мінімальна сума замовлення — 150 грн / The minimum order is 150 UAH"
    )
    expect(minimumOrderMessage(99.5, "eur")).toContain("99.50 EUR")
  })

  it("speaks only the customer's language when the cart names one", () => {
    expect(minimumOrderMessage(150, "uah", "uk")).toBe(
      "Мінімальна сума замовлення — 150 грн"
    )
    expect(minimumOrderMessage(150, "uah", "en")).toBe(
      "The minimum order is 150 UAH"
    )
    expect(minimumOrderMessage(150, "uah", "ru")).toBe(
      "Минимальная сумма заказа — 150 грн"
    )
  })
})

describe("minimumOrderProblem", () => {
  it("refuses the lines below the minimum with the message, in the shop's currency", () => {
    expect(
      minimumOrderProblem([{ unit_price: 149, quantity: 1 }], pricing, "uah")
    ).toBe(
      "Мінімальна сума замовлення — 150 грн / The minimum order is 150 UAH"
    )
    expect(
      minimumOrderProblem([{ unit_price: 10, quantity: 1 }], pricing, "eur")
    ).toContain("150 EUR")
  })

  it("lets the minimum and no minimum pass", () => {
    expect(
      minimumOrderProblem([{ unit_price: 75, quantity: 2 }], pricing, "uah")
    ).toBeNull()
    expect(
      minimumOrderProblem([], { fee: 60, minOrderAmount: 0 }, "uah")
    ).toBeNull()
  })
})

describe("shippingOptionPrice", () => {
  const lines = (subtotal: number) => [{ unit_price: subtotal, quantity: 1 }]

  it("quotes the fee tax-inclusive below the threshold, free from it", () => {
    expect(shippingOptionPrice("delivery", lines(499), pricing)).toEqual({
      calculated_amount: 60,
      is_calculated_price_tax_inclusive: true,
    })
    expect(
      shippingOptionPrice("delivery", lines(500), pricing).calculated_amount
    ).toBe(0)
  })

  it("prices pickup at 0 and a cart below the minimum like any other", () => {
    expect(
      shippingOptionPrice("pickup", lines(200), pricing).calculated_amount
    ).toBe(0)
    expect(
      shippingOptionPrice("delivery", lines(20), pricing).calculated_amount
    ).toBe(60)
  })
})
