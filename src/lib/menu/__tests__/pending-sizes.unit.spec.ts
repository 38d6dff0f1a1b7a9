import {
  pendingSizes,
  sizeOptionOf,
  sizeVariantInputs,
  sizeVariantLinks,
} from "../pending-sizes"

const link = (over = {}) => ({
  id: "adprod_3",
  archidelivery_id: "103",
  product_id: "prod_1",
  variant_id: null,
  group_key: "k",
  size_label: "50 см",
  imported_name: "Маргарита 50 см",
  imported_price: "329",
  imported_weight: 1100,
  ...over,
})

const product = {
  id: "prod_1",
  options: [{ id: "opt_1", title: "Розмір" }],
}

describe("pending sizes", () => {
  it("lists sizes without a variant on a product with a size option", () => {
    const sizes = pendingSizes(
      [
        link(),
        link({ id: "adprod_4", variant_id: "var_4" }),
        link({ id: "x", group_key: null }),
      ],
      [product],
      "Розмір"
    )
    expect(sizes).toEqual([
      {
        link_id: "adprod_3",
        archidelivery_id: "103",
        product_id: "prod_1",
        option_id: "opt_1",
        option_title: "Розмір",
        label: "50 см",
        price: 329,
        weight: 1100,
      },
    ])
    expect(sizeVariantInputs(sizes, "uah")).toEqual([
      expect.objectContaining({
        product_id: "prod_1",
        title: "50 см",
        options: { Розмір: "50 см" },
        prices: [{ currency_code: "uah", amount: 329 }],
      }),
    ])
    expect(
      sizeVariantLinks(sizes, [
        { id: "var_9", product_id: "prod_1", title: "50 см" },
      ])
    ).toEqual([{ id: "adprod_3", variant_id: "var_9" }])
  })

  it("finds the size option by title, else the only one", () => {
    expect(
      sizeOptionOf({ id: "p", options: [{ id: "o", title: "Size" }] }, "Розмір")
    ).toEqual({ id: "o", title: "Size" })
    expect(
      sizeOptionOf(
        {
          id: "p",
          options: [
            { id: "a", title: "A" },
            { id: "b", title: "B" },
          ],
        },
        "Розмір"
      )
    ).toBeNull()
  })
})
