import { createShippingProfilesWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  categoriesToCreate,
  importReport,
  type ImportReport,
} from "../../lib/menu"
import { createImportCategoriesStep } from "./steps/create-import-categories"
import { fetchProductMenuStep } from "./steps/fetch-product-menu"
import { findProductCategoriesStep } from "./steps/find-product-categories"
import { importProductChunksStep } from "./steps/import-product-chunks"
import { listMissingProductLinksStep } from "./steps/list-missing-product-links"
import { listNewMenuGroupsStep } from "./steps/list-new-menu-groups"
import { markMissingProductLinksStep } from "./steps/mark-missing-product-links"
import { resolveProductDefaultsStep } from "./steps/resolve-product-defaults"
import { setMenuAvailabilityStep } from "./steps/set-menu-availability"
import { updateProductImportStep } from "./steps/update-product-import"

export type ImportProductsInput = {
  import_id: string
  /** Owner of the import lock taken by `startProductImportWorkflow`. */
  lock_owner: string
  currency_code: string
  chunk_size?: number
}

export type ImportProductsOutput = ImportReport

export const importProductsWorkflowId = "archidelivery-import-products"

/**
 * The menu import itself (started by `startProductImportWorkflow`, run in the
 * background): read and check the menu, make the categories its new dishes
 * need, import it chunk by chunk, flag links gone from the menu, and store
 * the report on the run.
 */
export const importProductsWorkflow = createWorkflow(
  importProductsWorkflowId,
  (input: ImportProductsInput) => {
    const menu = fetchProductMenuStep()
    const defaults = resolveProductDefaultsStep()
    // Medusa's migrations create this profile; a shop set up otherwise may lack it.
    const profiles = when(
      "archidelivery-create-default-shipping-profile",
      { defaults },
      ({ defaults }) => !defaults.shipping_profile_id
    ).then(() =>
      createShippingProfilesWorkflow.runAsStep({
        input: {
          data: [{ name: "Default Shipping Profile", type: "default" }],
        },
      })
    )
    const shippingProfileId = transform(
      { defaults, profiles },
      ({ defaults, profiles }) =>
        defaults.shipping_profile_id ?? profiles?.[0]?.id ?? null
    )

    // Every reference to `menu` copies the whole menu: what the run's record
    // and report need of it is taken once, and referenced instead.
    const head = transform({ menu }, ({ menu }) => ({
      fetched: menu.fetched,
      invalid: menu.invalid,
      size_option_title: menu.size_option_title,
    }))
    const started = transform({ input, head }, ({ input, head }) => ({
      id: input.import_id,
      progress_total: head.fetched,
      progress_done: head.invalid.length,
    }))
    updateProductImportStep(started).config({
      name: "archidelivery-record-product-import-total",
    })

    // The categories of every dish the run may create, made before its
    // chunks: they run side by side, and two must never make one category.
    const newGroups = listNewMenuGroupsStep({
      rows: transform({ menu }, ({ menu }) =>
        menu.items.map((i) => ({
          archidelivery_id: i.archidelivery_id,
          group: i.group,
        }))
      ),
    })
    const foundCategories = findProductCategoriesStep({ groups: newGroups })
    const createdCategories = createImportCategoriesStep({
      categories: transform(
        { newGroups, foundCategories },
        ({ newGroups, foundCategories }) =>
          categoriesToCreate(newGroups, foundCategories)
      ),
    })
    const categories = transform(
      { foundCategories, createdCategories },
      ({ foundCategories, createdCategories }) => [
        ...foundCategories,
        ...createdCategories,
      ]
    )

    const outcome = importProductChunksStep({
      import_id: input.import_id,
      lock_owner: input.lock_owner,
      items: menu.items,
      currency_code: input.currency_code,
      sales_channel_id: defaults.sales_channel_id,
      shipping_profile_id: shippingProfileId,
      chunk_size: input.chunk_size,
      size_option_title: head.size_option_title,
      categories,
    })
    const marked = markMissingProductLinksStep({ seen_ids: menu.seen_ids })
    const missing = listMissingProductLinksStep({ marked_at: marked.marked_at })
    // The import also takes the kitchen's active flags, as the light sync does.
    setMenuAvailabilityStep({
      rows: transform({ menu }, ({ menu }) =>
        menu.items.map((i) => ({
          archidelivery_id: i.archidelivery_id,
          active: i.active,
        }))
      ),
    })

    const report = transform(
      { head, outcome, missing },
      ({ head, outcome, missing }) => importReport(head, outcome, missing)
    )
    const finished = transform(
      { input, head, report },
      ({ input, head, report }) => ({
        id: input.import_id,
        status: "completed" as const,
        progress_total: head.fetched,
        progress_done: head.fetched,
        totals: report.totals,
        items: report.items,
        error: null,
        finished_at: new Date(),
      })
    )
    updateProductImportStep(finished).config({
      name: "archidelivery-complete-product-import",
    })
    return new WorkflowResponse<ImportProductsOutput>(report)
  }
)
