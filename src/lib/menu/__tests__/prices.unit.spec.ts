import { pricesWith } from "../prices"

describe("pricesWith", () => {
  it("changes only the plain price in the shop currency and keeps the rest", () => {
    const prices = [
      { id: "p_uah", currency_code: "uah", amount: 185 },
      { id: "p_eur", currency_code: "eur", amount: 4 },
      {
        id: "p_reg",
        currency_code: "uah",
        amount: 170,
        price_rules: [
          { attribute: "region_id", operator: "eq", value: "reg_1" },
        ],
      },
      {
        id: "p_list",
        currency_code: "uah",
        amount: 150,
        price_list_id: "plist_1",
      },
    ]
    expect(pricesWith(prices, "uah", 199)).toEqual([
      {
        id: "p_uah",
        currency_code: "uah",
        amount: 199,
        min_quantity: null,
        max_quantity: null,
        rules: {},
      },
      {
        id: "p_eur",
        currency_code: "eur",
        amount: 4,
        min_quantity: null,
        max_quantity: null,
        rules: {},
      },
      {
        id: "p_reg",
        currency_code: "uah",
        amount: 170,
        min_quantity: null,
        max_quantity: null,
        rules: { region_id: "reg_1" },
      },
    ])
  })

  it("adds a price in the shop currency when there is none", () => {
    expect(pricesWith([], "uah", 50)).toEqual([
      { currency_code: "uah", amount: 50, rules: {} },
    ])
  })
})
