import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  CHUNK_PRODUCT_FIELDS,
  linkedProductIds,
  toLinkState,
  unlinkedIds,
  unlinkedProductFilters,
  type LinkState,
  type MenuItem,
  type ProductRow,
} from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type { LinkStateFilter } from "../../../modules/archidelivery/product-link-sql"

export type LoadProductChunkStateInput = { items: MenuItem[] }

/** The chunk's links and products, before their price rules are read. */
export type ProductChunkRows = { links: LinkState[]; products: ProductRow[] }

export const loadProductChunkStateStepId =
  "archidelivery-load-product-chunk-state"

/** The links and products a chunk of menu rows is matched against, in a few queries. */
export const loadProductChunkStateStep = createStep(
  loadProductChunkStateStepId,
  async (input: LoadProductChunkStateInput, { container }) => {
    const service = archiDeliveryService(container)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const products = async (filters: Record<string, unknown>) =>
      (
        await query.graph({
          entity: "product",
          fields: CHUNK_PRODUCT_FIELDS,
          filters,
        })
      ).data as unknown as ProductRow[]
    const links = async (filter: LinkStateFilter) =>
      (await service.listProductLinkStates(filter)).map(toLinkState)

    const ids = input.items.map((i) => i.archidelivery_id)
    const keys = [
      ...new Set(input.items.flatMap((i) => (i.size ? [i.size.key] : []))),
    ]
    const direct = ids.length ? await links({ archidelivery_id: ids }) : []
    // Links of the chunk's dishes: a new size joins the product they share.
    const known = new Set(direct.map((l) => l.id))
    const siblings = keys.length
      ? (await links({ group_key: keys })).filter((l) => !known.has(l.id))
      : []
    const own = [...direct, ...siblings]
    const linkedIds = linkedProductIds(own)
    const linked = linkedIds.length ? await products({ id: linkedIds }) : []
    const live = new Set(linked.map((p) => p.id))
    const orphans = unlinkedIds(ids, own, live)
    const found = orphans.length
      ? await products(unlinkedProductFilters(orphans))
      : []
    // Found products another row's link may already hold (never adopted twice).
    const others = found.filter((p) => !live.has(p.id))
    const holding = others.length
      ? await links({ product_id: others.map((p) => p.id) })
      : []
    return new StepResponse<ProductChunkRows>({
      links: [...own, ...holding],
      products: [...linked, ...others],
    })
  }
)
