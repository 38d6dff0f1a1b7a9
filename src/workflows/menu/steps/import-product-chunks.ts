import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addChunkCounts,
  chunkByGroup,
  emptyChunkCounts,
  PRODUCT_IMPORT_CHUNK_SIZE,
  type MenuItem,
  type ReportItem,
} from "../../../lib/menu"
import { importProductChunkWorkflow } from "../import-product-chunk"
import { acquireProductImportLock } from "../product-import-lock"

export type ImportProductChunksInput = {
  import_id: string
  lock_owner: string
  items: MenuItem[]
  /** Rows already settled (the invalid ones) when the chunks start. */
  done: number
  currency_code: string
  sales_channel_id: string | null
  shipping_profile_id: string | null
  chunk_size?: number
  size_option_title?: string
}

export const importProductChunksStepId = "archidelivery-import-product-chunks"

/** Runs the chunk workflow chunk after chunk, renewing the import lock before each. */
export const importProductChunksStep = createStep(
  importProductChunksStepId,
  async (input: ImportProductChunksInput, { container }) => {
    const counts = emptyChunkCounts()
    const report: ReportItem[] = []
    let done = input.done
    const size = input.chunk_size ?? PRODUCT_IMPORT_CHUNK_SIZE
    // A dish's sizes travel in one chunk, so they become one product.
    for (const items of chunkByGroup(input.items, size)) {
      await acquireProductImportLock(container, input.lock_owner).catch(() => {
        throw new Error(
          "the import lock was lost (another run took over); stopped"
        )
      })
      done += items.length
      const { result } = await importProductChunkWorkflow(container).run({
        input: {
          import_id: input.import_id,
          items,
          currency_code: input.currency_code,
          sales_channel_id: input.sales_channel_id,
          shipping_profile_id: input.shipping_profile_id,
          size_option_title: input.size_option_title,
          progress_done: done,
        },
      })
      addChunkCounts(counts, result.counts)
      report.push(...result.report)
    }
    // No compensation, as in Medusa's own chunked product import: finished
    // chunks stay, and a run stopped midway is simply started again.
    return new StepResponse({ counts, report })
  }
)
