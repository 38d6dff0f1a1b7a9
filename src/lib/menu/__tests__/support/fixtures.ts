import type { ProductState } from "../../chunk-state"
import type { MenuItem } from "../../menu-row"
import type { NewProduct } from "../../product-input"
import type { LinkState } from "../../product-links"

// Row 101 of the menu, its link and its product, each as the test needs it.

export const item = (over: Partial<MenuItem> = {}): MenuItem => ({
  archidelivery_id: "101",
  name: "Маргарита 30 см",
  price: 185,
  weight: 450,
  group: "Піца",
  ...over,
})

export const link = (over: Partial<LinkState> = {}): LinkState => ({
  id: "adprod_1",
  archidelivery_id: "101",
  product_id: "prod_1",
  variant_id: "variant_1",
  approved: true,
  imported_name: "Маргарита 30 см",
  imported_price: "185",
  imported_weight: 450,
  imported_group: "Піца",
  missing: false,
  ...over,
})

export const product = (
  over: Partial<ProductState> = {},
  amount = 185
): ProductState => ({
  id: "prod_1",
  title: "Маргарита 30 см",
  handle: "archidelivery-101",
  external_id: "archidelivery:101",
  variants: [
    {
      id: "variant_1",
      prices: [{ id: "price_1", currency_code: "uah", amount }],
    },
  ],
  ...over,
})

/** The product to create for `item(over)`, with the handle it gets. */
export const newProduct = (over: Partial<MenuItem> = {}): NewProduct => {
  const row = item(over)
  return {
    ...row,
    handle: `archidelivery-${row.archidelivery_id}`,
    external_id: `archidelivery:${row.archidelivery_id}`,
  }
}
