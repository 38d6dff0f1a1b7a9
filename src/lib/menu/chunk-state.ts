import { externalIdOf, handleOf } from "./ids"
import type { PriceRuleState, PriceState } from "./prices"
import type { LinkState } from "./product-links"

// The chunk lookup: links of the chunk's rows, their products, and for rows
// without a live product the products found by external_id or handle.

export type ProductState = {
  id: string
  title: string
  handle: string | null
  external_id: string | null
  variants: { id: string; prices: PriceState[] }[]
}

/** Everything one chunk of menu rows is matched against. */
export type ProductChunkState = { links: LinkState[]; products: ProductState[] }

export const CHUNK_PRODUCT_FIELDS = [
  "id",
  "title",
  "handle",
  "external_id",
  "variants.id",
  "variants.prices.id",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.min_quantity",
  "variants.prices.max_quantity",
  "variants.prices.price_list_id",
  // Rules are fetched apart, only for the prices that have any.
  "variants.prices.rules_count",
]

/** A product as `CHUNK_PRODUCT_FIELDS` reads it, before its price rules. */
export type ProductRow = Omit<ProductState, "variants"> & {
  variants?: {
    id: string
    prices?: (Omit<PriceState, "price_rules"> & { rules_count: number })[]
  }[]
}

export const linkedProductIds = (links: { product_id: string | null }[]) =>
  links.flatMap((l) => (l.product_id ? [l.product_id] : []))

/** Rows without a live link: only they need a search by external_id or handle. */
export function unlinkedIds(
  ids: string[],
  links: LinkState[],
  live: Set<string>
): string[] {
  const linkOf = new Map(links.map((l) => [l.archidelivery_id, l]))
  return ids.filter((id) => {
    const productId = linkOf.get(id)?.product_id
    return !productId || !live.has(productId)
  })
}

/** The product filter that finds what an interrupted run or an admin made for these rows. */
export const unlinkedProductFilters = (ids: string[]) => ({
  $or: [{ external_id: ids.map(externalIdOf) }, { handle: ids.map(handleOf) }],
})

/** Prices whose rules must be read (region prices and the like). */
export const priceIdsWithRules = (rows: ProductRow[]) =>
  rows.flatMap((p) =>
    (p.variants ?? []).flatMap((v) =>
      (v.prices ?? []).filter((x) => x.rules_count > 0).map((x) => x.id)
    )
  )

/** Price rules by price id. */
export type PriceRulesById = Record<string, PriceRuleState[]>

export function groupPriceRules(
  rules: {
    price_id: string
    attribute: string
    operator?: string | null
    value: unknown
  }[]
): PriceRulesById {
  const byPrice: PriceRulesById = {}
  for (const r of rules) {
    ;(byPrice[r.price_id] ??= []).push({
      attribute: r.attribute,
      operator: r.operator,
      value: String(r.value),
    })
  }
  return byPrice
}

/** The products with each price's rules (none for prices without). */
export const withPriceRules = (
  rows: ProductRow[],
  rules: PriceRulesById
): ProductState[] =>
  rows.map((p) => ({
    ...p,
    variants: (p.variants ?? []).map((v) => ({
      id: v.id,
      prices: (v.prices ?? []).map((price) => ({
        ...price,
        price_rules: rules[price.id] ?? [],
      })),
    })),
  }))
