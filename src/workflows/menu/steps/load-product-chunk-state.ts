import type { MedusaContainer, PriceRuleDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  externalIdOf,
  handleOf,
  type LinkState,
  type MenuItem,
  type PriceRuleState,
  type PriceState,
  type ProductState,
} from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type ArchiDeliveryModuleService from "../../../modules/archidelivery/service"

export type ProductChunkState = { links: LinkState[]; products: ProductState[] }

const PRODUCT_FIELDS = [
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

type ProductRow = Omit<ProductState, "variants"> & {
  variants?: {
    id: string
    prices?: (Omit<PriceState, "price_rules"> & { rules_count: number })[]
  }[]
}

type LinkRow = Awaited<
  ReturnType<ArchiDeliveryModuleService["listProductLinks"]>
>[number]

const toLink = (l: LinkRow): LinkState => ({
  id: l.id,
  archidelivery_id: l.archidelivery_id,
  product_id: l.product_id,
  variant_id: l.variant_id,
  approved: l.approved,
  imported_name: l.imported_name,
  imported_price: Number(l.imported_price),
  imported_weight: l.imported_weight,
  imported_group: l.imported_group,
  missing: l.missing,
})

export const loadProductChunkStateStepId =
  "archidelivery-load-product-chunk-state"

/**
 * Everything one chunk of menu rows is matched against, in a few queries for
 * the whole chunk: its links and their products with variant prices; for
 * rows without a live link, products carrying their `external_id`s or
 * handles and any links already holding those products.
 */
export const loadProductChunkStateStep = createStep(
  loadProductChunkStateStepId,
  async (input: { items: MenuItem[] }, { container }) => {
    const service = archiDeliveryService(container)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const products = async (filters: Record<string, unknown>) =>
      (
        await query.graph({
          entity: "product",
          fields: PRODUCT_FIELDS,
          filters,
        })
      ).data as unknown as ProductRow[]

    const ids = input.items.map((i) => i.archidelivery_id)
    const links = ids.length
      ? (
          await service.listProductLinks(
            { archidelivery_id: ids },
            { take: null }
          )
        ).map(toLink)
      : []
    const linkedIds = links.flatMap((l) => (l.product_id ? [l.product_id] : []))
    const linked = linkedIds.length ? await products({ id: linkedIds }) : []

    // Only rows without a live link need a search by external_id or handle.
    const live = new Set(linked.map((p) => p.id))
    const linkOf = new Map(links.map((l) => [l.archidelivery_id, l]))
    const orphans = ids.filter((id) => {
      const productId = linkOf.get(id)?.product_id
      return !productId || !live.has(productId)
    })
    const found = orphans.length
      ? await products({
          $or: [
            { external_id: orphans.map(externalIdOf) },
            { handle: orphans.map(handleOf) },
          ],
        })
      : []
    const others = found.map((p) => p.id).filter((id) => !live.has(id))
    const holding = others.length
      ? (
          await service.listProductLinks({ product_id: others }, { take: null })
        ).map(toLink)
      : []

    const all = [...linked, ...found.filter((p) => !live.has(p.id))]
    const rules = await priceRulesOf(container, all)
    return new StepResponse<ProductChunkState>({
      links: [...links, ...holding],
      products: all.map((p) => ({
        ...p,
        variants: (p.variants ?? []).map((v) => ({
          id: v.id,
          prices: (v.prices ?? []).map((price) => ({
            ...price,
            price_rules: rules.get(price.id) ?? [],
          })),
        })),
      })),
    })
  }
)

/** Rules of the few prices that have any (region prices and the like), in one query. */
async function priceRulesOf(container: MedusaContainer, rows: ProductRow[]) {
  const ids = rows.flatMap((p) =>
    (p.variants ?? []).flatMap((v) =>
      (v.prices ?? []).filter((x) => x.rules_count > 0).map((x) => x.id)
    )
  )
  const byPrice = new Map<string, PriceRuleState[]>()
  if (!ids.length) {
    return byPrice
  }
  const pricing = container.resolve(Modules.PRICING)
  const rules = await pricing.listPriceRules({ price_id: ids }, { take: null })
  // The model has `operator`; the DTO type leaves it out.
  for (const r of rules as (PriceRuleDTO & { operator?: string })[]) {
    const list = byPrice.get(r.price_id) ?? []
    list.push({
      attribute: r.attribute,
      operator: r.operator,
      value: String(r.value),
    })
    byPrice.set(r.price_id, list)
  }
  return byPrice
}
