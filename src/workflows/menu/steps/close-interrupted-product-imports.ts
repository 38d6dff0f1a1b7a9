import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"

export const INTERRUPTED_MESSAGE =
  "interrupted: the server running this import stopped before it finished; start it again"

export const closeInterruptedProductImportsStepId =
  "archidelivery-close-interrupted-product-imports"

/** Closes `running` runs as failed: under the import lock, their process has died. */
export const closeInterruptedProductImportsStep = createStep(
  closeInterruptedProductImportsStepId,
  async (_: void, { container }) => {
    const service = archiDeliveryService(container)
    const running = await service.listProductImports(
      { status: "running" },
      { take: null }
    )
    if (!running.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const ids = running.map((r) => r.id)
    await service.updateProductImports(
      ids.map((id) => ({
        id,
        status: "failed" as const,
        error: INTERRUPTED_MESSAGE,
        finished_at: new Date(),
      }))
    )
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = archiDeliveryService(container)
    await service.updateProductImports(
      ids.map((id) => ({
        id,
        status: "running" as const,
        error: null,
        finished_at: null,
      }))
    )
  }
)
