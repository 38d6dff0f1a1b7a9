import { categoryIdOf, type CategoryRef } from "./categories"
import type { MenuItem } from "./menu-row"

/** One size of a dish to create: a variant for its menu row. */
export type NewSize = {
  archidelivery_id: string
  label: string
  price: number
  weight: number | null
}

/**
 * A product to create: the row plus a handle nobody else holds. A dish with
 * sizes carries them (`name` is then the dish's, without the size) and the
 * title of the option that holds them.
 */
export type NewProduct = MenuItem & {
  handle: string
  external_id: string
  sizes?: NewSize[]
  size_option_title?: string
}

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
  const option = p.sizes ? (p.size_option_title ?? "Розмір") : "Default option"
  const value = "Default option value"
  const variant = (
    v: Omit<NewSize, "label">,
    title: string,
    optionValue: string
  ) => ({
    title,
    manage_inventory: false,
    weight: v.weight,
    options: { [option]: optionValue },
    // Major units: 185 means 185.00, as Medusa stores money.
    prices: [{ currency_code: ctx.currency_code, amount: v.price }],
    ...(p.sizes ? { metadata: { archidelivery_id: v.archidelivery_id } } : {}),
  })
  return {
    title: p.name,
    handle: p.handle,
    status: "draft" as const,
    external_id: p.external_id,
    // Each size weighs its own; the product's weight is the single row's.
    weight: p.sizes ? null : p.weight,
    ...(ctx.category_id ? { category_ids: [ctx.category_id] } : {}),
    ...(ctx.sales_channel_id
      ? { sales_channels: [{ id: ctx.sales_channel_id }] }
      : {}),
    ...(ctx.shipping_profile_id
      ? { shipping_profile_id: ctx.shipping_profile_id }
      : {}),
    options: [
      {
        title: option,
        values: p.sizes ? p.sizes.map((s) => s.label) : [value],
      },
    ],
    variants: p.sizes
      ? p.sizes.map((s) => variant(s, s.label, s.label))
      : [variant(p, "Default variant", value)],
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
