import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addChunkCounts,
  chunkByGroup,
  emptyChunkCounts,
  PRODUCT_IMPORT_CHUNK_SIZE,
  PRODUCT_IMPORT_CHUNKS_IN_FLIGHT,
  type CategoryRef,
  type MenuItem,
  type ReportItem,
} from "../../../lib/menu"
import { mapPool } from "../../../lib/shared/pool"
import { importProductChunkWorkflow } from "../import-product-chunk"
import { acquireProductImportLock } from "../product-import-lock"

export type ImportProductChunksInput = {
  import_id: string
  lock_owner: string
  items: MenuItem[]
  currency_code: string
  sales_channel_id: string | null
  shipping_profile_id: string | null
  chunk_size?: number
  size_option_title?: string
  /** The categories made or found for the run's new dishes. */
  categories: CategoryRef[]
}

export const importProductChunksStepId = "archidelivery-import-product-chunks"

/**
 * Runs the chunk workflow over the menu, a few chunks at once, renewing the
 * import lock before each. A failed chunk starts no other, and fails the
 * step once the chunks still running have finished.
 */
export const importProductChunksStep = createStep(
  importProductChunksStepId,
  async (input: ImportProductChunksInput, { container }) => {
    const size = input.chunk_size ?? PRODUCT_IMPORT_CHUNK_SIZE
    // A dish's sizes travel in one chunk, so they become one product.
    const chunks = chunkByGroup(input.items, size)
    const results = await mapPool(
      chunks,
      PRODUCT_IMPORT_CHUNKS_IN_FLIGHT,
      async (items) => {
        await acquireProductImportLock(container, input.lock_owner).catch(
          () => {
            throw new Error(
              "the import lock was lost (another run took over); stopped"
            )
          }
        )
        const { result } = await importProductChunkWorkflow(container).run({
          input: {
            import_id: input.import_id,
            items,
            currency_code: input.currency_code,
            sales_channel_id: input.sales_channel_id,
            shipping_profile_id: input.shipping_profile_id,
            size_option_title: input.size_option_title,
            categories: input.categories,
          },
        })
        return result
      }
    )
    const counts = emptyChunkCounts()
    const report: ReportItem[] = []
    for (const result of results) {
      addChunkCounts(counts, result!.counts)
      report.push(...result!.report)
    }
    // No compensation, as in Medusa's own chunked product import: finished
    // chunks stay, and a run stopped midway is simply started again.
    return new StepResponse({ counts, report })
  }
)
