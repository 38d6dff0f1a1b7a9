import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireProductImportLockStep } from "./steps/acquire-product-import-lock"
import { closeInterruptedProductImportsStep } from "./steps/close-interrupted-product-imports"
import { createProductImportStep } from "./steps/create-product-import"

export type StartProductImportInput = { started_by?: string | null }

export type StartProductImportOutput = {
  id: string
  status: "running"
  lock_owner: string
}

export const startProductImportWorkflowId = "archidelivery-start-product-import"

/**
 * Opens a menu import: takes the import lock (a conflict while another run
 * holds it), closes runs whose process died, and records the new `running`
 * run. The import itself is `importProductsWorkflow`, run in the background.
 */
export const startProductImportWorkflow = createWorkflow(
  startProductImportWorkflowId,
  (input: StartProductImportInput) => {
    const lockOwner = acquireProductImportLockStep()
    closeInterruptedProductImportsStep()
    const startedBy = transform(
      { input },
      ({ input }) => input.started_by ?? null
    )
    const run = createProductImportStep({ started_by: startedBy })
    const result = transform({ run, lockOwner }, ({ run, lockOwner }) => ({
      id: run.id,
      status: "running" as const,
      lock_owner: lockOwner,
    }))
    return new WorkflowResponse<StartProductImportOutput>(result)
  }
)
