import {
  groupPriceRules,
  linkedProductIds,
  priceIdsWithRules,
  unlinkedIds,
  unlinkedProductFilters,
  withPriceRules,
  type ProductRow,
} from "../chunk-state"
import { link, product } from "./support/fixtures"

const row: ProductRow = {
  ...product(),
  variants: [
    {
      id: "variant_1",
      prices: [
        { id: "price_1", currency_code: "uah", amount: 185, rules_count: 0 },
        { id: "price_2", currency_code: "uah", amount: 170, rules_count: 2 },
      ],
    },
  ],
}

describe("the chunk lookup", () => {
  it("searches only rows whose link has no live product", () => {
    const links = [
      link(),
      link({ id: "adprod_2", archidelivery_id: "102", product_id: "gone" }),
      link({ id: "adprod_3", archidelivery_id: "103", product_id: null }),
    ]
    expect(linkedProductIds(links)).toEqual(["prod_1", "gone"])
    expect(
      unlinkedIds(["101", "102", "103", "104"], links, new Set(["prod_1"]))
    ).toEqual(["102", "103", "104"])
  })

  it("looks rows up by external_id and handle", () => {
    expect(unlinkedProductFilters(["7"])).toEqual({
      $or: [
        { external_id: ["archidelivery:7"] },
        { handle: ["archidelivery-7"] },
      ],
    })
  })
})

describe("price rules", () => {
  it("reads rules only for prices that have any", () => {
    expect(priceIdsWithRules([row, { ...row, variants: undefined }])).toEqual([
      "price_2",
    ])
  })

  it("groups rules by price and gives every other price none", () => {
    const rules = groupPriceRules([
      { price_id: "price_2", attribute: "region_id", value: "reg_1" },
      {
        price_id: "price_2",
        attribute: "quantity",
        operator: "gte",
        value: 2,
      },
    ])
    expect(rules).toEqual({
      price_2: [
        { attribute: "region_id", operator: undefined, value: "reg_1" },
        { attribute: "quantity", operator: "gte", value: "2" },
      ],
    })
    const [product] = withPriceRules([row], rules)
    expect(product.variants[0].prices.map((p) => p.price_rules)).toEqual([
      [],
      rules.price_2,
    ])
  })

  it("gives a product without variants an empty list", () => {
    expect(
      withPriceRules([{ ...row, variants: undefined }], {})[0].variants
    ).toEqual([])
  })
})
