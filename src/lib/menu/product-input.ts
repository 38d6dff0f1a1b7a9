import { categoryIdOf, type CategoryRef } from "./categories"
import type { MenuItem } from "./menu-row"

/** A product to create: the row plus a handle nobody else holds. */
export type NewProduct = MenuItem & { handle: string; external_id: string }

/** Where new products go: the shop currency, sales channel and shipping profile. */
export type ProductContext = {
  currency_code: string
  sales_channel_id: string | null
  shipping_profile_id: string | null
}

/** What `createProductsWorkflow` gets for a new row: a hidden draft with one variant. */
export function productInput(
  p: NewProduct,
  ctx: ProductContext & { category_id: string | null }
) {
  const option = "Default option"
  const value = "Default option value"
  return {
    title: p.name,
    handle: p.handle,
    status: "draft" as const,
    external_id: p.external_id,
    weight: p.weight,
    ...(ctx.category_id ? { category_ids: [ctx.category_id] } : {}),
    ...(ctx.sales_channel_id
      ? { sales_channels: [{ id: ctx.sales_channel_id }] }
      : {}),
    ...(ctx.shipping_profile_id
      ? { shipping_profile_id: ctx.shipping_profile_id }
      : {}),
    options: [{ title: option, values: [value] }],
    variants: [
      {
        title: "Default variant",
        manage_inventory: false,
        weight: p.weight,
        options: { [option]: value },
        // Major units: 185 means 185.00, as Medusa stores money.
        prices: [{ currency_code: ctx.currency_code, amount: p.price }],
      },
    ],
  }
}

/** Inputs for the new products, each in the category of its group. */
export const productInputs = (
  create: NewProduct[],
  categories: CategoryRef[],
  ctx: ProductContext
) =>
  create.map((p) =>
    productInput(p, {
      currency_code: ctx.currency_code,
      sales_channel_id: ctx.sales_channel_id,
      shipping_profile_id: ctx.shipping_profile_id,
      category_id: categoryIdOf(categories, p.group),
    })
  )

/** The profile new products ship with: the `default` one, else the oldest. */
export const defaultShippingProfile = <
  T extends { type: string; created_at: Date | string },
>(
  profiles: T[]
): T | null =>
  profiles.find((p) => p.type === "default") ??
  [...profiles].sort(
    (a, b) => +new Date(a.created_at) - +new Date(b.created_at)
  )[0] ??
  null
