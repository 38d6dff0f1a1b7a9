import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { emptyTotals } from "../../../lib/menu"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type CreateProductImportInput = { started_by: string | null }

export const createProductImportStepId = "archidelivery-create-product-import"

/** The `running` row the admin follows while the import works in the background. */
export const createProductImportStep = createStep(
  createProductImportStepId,
  async (input: CreateProductImportInput, { container }) => {
    const service = archiDeliveryService(container)
    const row = await service.createProductImports({
      status: "running",
      started_at: new Date(),
      started_by: input.started_by,
      totals: emptyTotals(),
      items: null,
    })
    return new StepResponse({ id: row.id, status: row.status }, row.id)
  },
  async (id, { container }) => {
    if (id) {
      await archiDeliveryService(container).deleteProductImports(id)
    }
  }
)
