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
  categoriesToCreate,
  groupsWithoutCategory,
  linksWithCreated,
  menuGroups,
  planMenuChunk,
  priceIdsWithRules,
  productInputs,
  withPriceRules,
  type CategoryRef,
  type ChunkCounts,
  type CreatedProduct,
  type MenuItem,
  type ReportItem,
} from "../../lib/menu"
import { findProductCategoriesStep } from "./steps/find-product-categories"
import { loadProductChunkStateStep } from "./steps/load-product-chunk-state"
import { loadProductPriceRulesStep } from "./steps/load-product-price-rules"
import { advanceProductImportStep } from "./steps/advance-product-import"
import { upsertProductLinksStep } from "./steps/upsert-product-links"

export type ImportProductChunkInput = {
  import_id: string
  items: MenuItem[]
  currency_code: string
  sales_channel_id: string | null
  shipping_profile_id: string | null
  /** The title of the option holding a dish's sizes. */
  size_option_title?: string
  /** The categories the run made or found up front for its new dishes. */
  categories: CategoryRef[]
}

export type ImportProductChunkOutput = {
  counts: ChunkCounts
  report: ReportItem[]
}

export const importProductChunkWorkflowId = "archidelivery-import-product-chunk"

/**
 * Imports one chunk of valid menu rows: one lookup for the whole chunk, then
 * new products, title and price updates of approved products in bulk, and
 * the links. A failure rolls the chunk back; other chunks stay.
 */
export const importProductChunkWorkflow = createWorkflow(
  importProductChunkWorkflowId,
  (input: ImportProductChunkInput) => {
    const rows = loadProductChunkStateStep({ items: input.items })
    const rules = loadProductPriceRulesStep({
      price_ids: transform({ rows }, ({ rows }) =>
        priceIdsWithRules(rows.products)
      ),
    })
    const plan = transform({ input, rows, rules }, ({ input, rows, rules }) =>
      planMenuChunk(
        input.items,
        { links: rows.links, products: withPriceRules(rows.products, rules) },
        input.currency_code,
        input.size_option_title
      )
    )

    // The run made its dishes' categories up front; a group still without
    // one here (a product or category deleted while the run goes) is found
    // or made by the chunk itself.
    const groups = transform({ input, plan }, ({ input, plan }) =>
      groupsWithoutCategory(menuGroups(plan.create), input.categories)
    )
    const found = findProductCategoriesStep({ groups })
    const missingCategories = transform(
      { groups, found },
      ({ groups, found }) => categoriesToCreate(groups, found)
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
      ({ input, plan, found, createdCategories }) =>
        productInputs(
          plan.create,
          [...input.categories, ...found, ...(createdCategories ?? [])],
          input
        )
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

    const links = transform({ plan, created }, ({ plan, created }) =>
      linksWithCreated(plan.links, (created ?? []) as CreatedProduct[])
    )
    upsertProductLinksStep({ links })
    advanceProductImportStep({
      id: input.import_id,
      rows: transform({ input }, ({ input }) => input.items.length),
    })

    const result = transform({ plan }, ({ plan }) => ({
      counts: plan.counts,
      report: plan.report,
    }))
    return new WorkflowResponse<ImportProductChunkOutput>(result)
  }
)
