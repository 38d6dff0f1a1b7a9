import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type ArchiDeliveryModuleService from "../../../modules/archidelivery/service"

export type UpdateProductImportInput = {
  id: string
  status?: "running" | "completed" | "failed"
  progress_done?: number
  progress_total?: number
  totals?: Record<string, number>
  items?: unknown[]
  error?: string | null
  finished_at?: Date | null
}

// The model types json columns as objects; the report's items are a list.
type ImportPatch = Parameters<
  ArchiDeliveryModuleService["updateProductImports"]
>[0]

// Progress is not taken back: chunks that finished stay imported.
const RESTORED = ["status", "totals", "items", "error", "finished_at"] as const

export const updateProductImportStepId = "archidelivery-update-product-import"

/** Writes an import run's progress or outcome; compensation puts the old outcome back. */
export const updateProductImportStep = createStep(
  updateProductImportStepId,
  async (input: UpdateProductImportInput, { container }) => {
    const service = archiDeliveryService(container)
    const restored = RESTORED.filter((f) => f in input)
    // A progress-only write has nothing to put back, so nothing to read first.
    const before = restored.length
      ? await service.retrieveProductImport(input.id, { select: [...restored] })
      : null
    const previous = Object.fromEntries(restored.map((f) => [f, before![f]]))
    const updated = await service.updateProductImports(
      input as unknown as ImportPatch
    )
    return new StepResponse(updated, { id: input.id, ...previous })
  },
  async (previous, { container }) => {
    if (previous && Object.keys(previous).length > 1) {
      await archiDeliveryService(container).updateProductImports(
        previous as unknown as ImportPatch
      )
    }
  }
)
