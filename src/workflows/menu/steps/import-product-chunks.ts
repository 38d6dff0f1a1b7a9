import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  chunk,
  PRODUCT_IMPORT_CHUNK_SIZE,
  type ChunkCounts,
  type MenuItem,
  type ReportItem,
} from "../../../lib/menu"
import { importProductChunkWorkflow } from "../import-product-chunk"
import {
  PRODUCT_IMPORT_LOCK_KEY,
  PRODUCT_IMPORT_LOCK_TTL,
} from "../../../lib/shared/lock-keys"

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
}

export const importProductChunksStepId = "archidelivery-import-product-chunks"

/**
 * Runs `importProductChunkWorkflow` chunk after chunk, as Medusa's own
 * chunked product import does, renewing the import lock before each one.
 * Finished chunks stay: a run stopped midway is simply started again.
 */
export const importProductChunksStep = createStep(
  importProductChunksStepId,
  async (input: ImportProductChunksInput, { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const counts: ChunkCounts = {
      created: 0,
      updated: 0,
      unchanged: 0,
      skipped_unapproved: 0,
    }
    const report: ReportItem[] = []
    let done = input.done
    for (const items of chunk(
      input.items,
      input.chunk_size ?? PRODUCT_IMPORT_CHUNK_SIZE
    )) {
      try {
        await locking.acquire(PRODUCT_IMPORT_LOCK_KEY, {
          ownerId: input.lock_owner,
          expire: PRODUCT_IMPORT_LOCK_TTL,
        })
      } catch {
        throw new Error(
          "the import lock was lost (another run took over); stopped"
        )
      }
      done += items.length
      const { result } = await importProductChunkWorkflow(container).run({
        input: {
          import_id: input.import_id,
          items,
          currency_code: input.currency_code,
          sales_channel_id: input.sales_channel_id,
          shipping_profile_id: input.shipping_profile_id,
          progress_done: done,
        },
      })
      for (const key of Object.keys(counts) as (keyof ChunkCounts)[]) {
        counts[key] += result.counts[key]
      }
      report.push(...result.report)
    }
    return new StepResponse({ counts, report })
  }
)
