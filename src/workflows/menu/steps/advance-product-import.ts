import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type AdvanceProductImportInput = {
  id: string
  /** The rows the finished chunk settled. */
  rows: number
}

export const advanceProductImportStepId = "archidelivery-advance-product-import"

/**
 * Adds a finished chunk's rows to its run's progress. Chunks run side by
 * side, so each adds its own rather than setting a total; nothing to take
 * back, as the chunk stays.
 */
export const advanceProductImportStep = createStep(
  advanceProductImportStepId,
  async (input: AdvanceProductImportInput, { container }) => {
    await archiDeliveryService(container).advanceProductImport(
      input.id,
      input.rows
    )
    return new StepResponse(undefined)
  }
)
