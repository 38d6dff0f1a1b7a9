import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { emptyTotals } from "../../../lib/menu/menu"
import { ARCHIDELIVERY_MODULE } from "../../../modules/archidelivery"
import type ArchiDeliveryModuleService from "../../../modules/archidelivery/service"

export type CreateProductImportInput = { started_by: string | null }

export const createProductImportStepId = "archidelivery-create-product-import"

/** The `running` row the admin follows while the import works in the background. */
export const createProductImportStep = createStep(
  createProductImportStepId,
  async (input: CreateProductImportInput, { container }) => {
    const service =
      container.resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)
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
      await container
        .resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)
        .deleteProductImports(id)
    }
  }
)
