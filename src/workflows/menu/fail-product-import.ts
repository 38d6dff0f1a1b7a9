import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateProductImportStep } from "./steps/update-product-import"

export type FailProductImportInput = { id: string; error: string }

export const failProductImportWorkflowId = "archidelivery-fail-product-import"

/** Closes a run that could not finish, keeping the reason for the admin. */
export const failProductImportWorkflow = createWorkflow(
  failProductImportWorkflowId,
  (input: FailProductImportInput) => {
    const failed = transform({ input }, ({ input }) => ({
      id: input.id,
      status: "failed" as const,
      error: input.error,
      finished_at: new Date(),
    }))
    return new WorkflowResponse(updateProductImportStep(failed))
  }
)
