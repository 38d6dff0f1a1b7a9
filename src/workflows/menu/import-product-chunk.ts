import {
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  categoryHandleOf,
  externalIdOf,
  planMenuChunk,
  productInput,
  type ChunkCounts,
  type MenuItem,
  type ReportItem,
} from "../../lib/menu"
import { findProductCategoriesStep } from "./steps/find-product-categories"
import { loadProductChunkStateStep } from "./steps/load-product-chunk-state"
import { updateProductImportStep } from "./steps/update-product-import"
import {
  upsertProductLinksStep,
  type ProductLinkUpsert,
} from "./steps/upsert-product-links"

export type ImportProductChunkInput = {
  import_id: string
  items: MenuItem[]
  currency_code: string
  sales_channel_id: string | null
  shipping_profile_id: string | null
  /** Progress to record once this chunk is done. */
  progress_done: number
}

export type ImportProductChunkOutput = {
  counts: ChunkCounts
  report: ReportItem[]
}

type CreatedProduct = {
  id: string
  external_id: string | null
  variants?: { id: string }[]
}

export const importProductChunkWorkflowId = "archidelivery-import-product-chunk"

/**
 * Imports one chunk of valid menu rows: one lookup for the whole chunk, then
 * categories, new products, title and price updates of approved products in
 * bulk, and the links. A failure rolls the chunk back; earlier chunks stay.
 */
export const importProductChunkWorkflow = createWorkflow(
  importProductChunkWorkflowId,
  (input: ImportProductChunkInput) => {
    const state = loadProductChunkStateStep({ items: input.items })
    const plan = transform({ input, state }, ({ input, state }) =>
      planMenuChunk(input.items, state, input.currency_code)
    )

    const groups = transform({ plan }, ({ plan }) => [
      ...new Set(plan.create.flatMap((p) => (p.group ? [p.group] : []))),
    ])
    const found = findProductCategoriesStep({ groups })
    const missingCategories = transform(
      { groups, found },
      ({ groups, found }) => {
        const known = (g: string) =>
          found.some((c) => c.name === g || c.handle === categoryHandleOf(g))
        return groups
          .filter((g) => !known(g))
          .map((name) => ({
            name,
            handle: categoryHandleOf(name),
            is_active: true,
          }))
      }
    )
    const createdCategories = when(
      "archidelivery-create-menu-categories",
      { missingCategories },
      ({ missingCategories }) => missingCategories.length > 0
    ).then(() =>
      createProductCategoriesWorkflow.runAsStep({
        input: { product_categories: missingCategories },
      })
    )

    const products = transform(
      { input, plan, found, createdCategories },
      ({ input, plan, found, createdCategories }) => {
        const categories = [...found, ...(createdCategories ?? [])]
        const categoryOf = (g: string | null) =>
          g
            ? (categories.find(
                (c) => c.name === g || c.handle === categoryHandleOf(g)
              )?.id ?? null)
            : null
        return plan.create.map((p) =>
          productInput(p, {
            currency_code: input.currency_code,
            sales_channel_id: input.sales_channel_id,
            shipping_profile_id: input.shipping_profile_id,
            category_id: categoryOf(p.group),
          })
        )
      }
    )
    const created = when(
      "archidelivery-create-menu-products",
      { products },
      ({ products }) => products.length > 0
    ).then(() => createProductsWorkflow.runAsStep({ input: { products } }))

    const titles = transform({ plan }, ({ plan }) => plan.titles)
    when(
      "archidelivery-update-menu-titles",
      { titles },
      ({ titles }) => titles.length > 0
    ).then(() =>
      updateProductsWorkflow.runAsStep({ input: { products: titles } })
    )
    const prices = transform({ plan }, ({ plan }) => plan.prices)
    when(
      "archidelivery-update-menu-prices",
      { prices },
      ({ prices }) => prices.length > 0
    ).then(() =>
      updateProductVariantsWorkflow.runAsStep({
        input: { product_variants: prices },
      })
    )

    const links = transform({ plan, created }, ({ plan, created }) => {
      const made = (created ?? []) as CreatedProduct[]
      const byExternal = new Map(made.map((p) => [p.external_id, p]))
      return plan.links.map((l): ProductLinkUpsert => {
        if (l.product_id) {
          return l as ProductLinkUpsert
        }
        const product = byExternal.get(externalIdOf(l.archidelivery_id))!
        return {
          ...l,
          product_id: product.id,
          variant_id: product.variants?.[0]?.id ?? null,
        }
      })
    })
    upsertProductLinksStep({ links })
    updateProductImportStep({
      id: input.import_id,
      progress_done: input.progress_done,
    })

    const result = transform({ plan }, ({ plan }) => ({
      counts: plan.counts,
      report: plan.report,
    }))
    return new WorkflowResponse<ImportProductChunkOutput>(result)
  }
)
