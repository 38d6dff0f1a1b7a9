import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { listLegacySizeGroupsStep } from "./steps/list-legacy-size-groups"
import { mergeLegacySizeGroupsStep } from "./steps/merge-legacy-size-groups"

export type RegroupProductSizesInput = {
  currency_code: string
  size_option_title: string
}

export const regroupProductSizesWorkflowId =
  "archidelivery-regroup-product-sizes"

/**
 * Groups products imported one per row (before sizes) into one product with
 * a variant per size, dish by dish, as a merge does. Imports never do this
 * by themselves; the admin asks for it.
 */
export const regroupProductSizesWorkflow = createWorkflow(
  regroupProductSizesWorkflowId,
  (input: RegroupProductSizesInput) => {
    const groups = listLegacySizeGroupsStep()
    const merged = mergeLegacySizeGroupsStep(
      transform({ groups, input }, ({ groups, input }) => ({
        groups,
        currency_code: input.currency_code,
        size_option_title: input.size_option_title,
      }))
    )
    return new WorkflowResponse(merged)
  }
)
