import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { setProductApprovalStep } from "./steps/set-product-approval"

export type UnapproveProductsInput = { product_ids: string[] }

export const unapproveProductsWorkflowId = "archidelivery-unapprove-products"

/** Takes approval back: later imports leave these products alone again. */
export const unapproveProductsWorkflow = createWorkflow(
  unapproveProductsWorkflowId,
  (input: UnapproveProductsInput) => {
    const approval = transform({ input }, ({ input }) => ({
      product_ids: input.product_ids,
      approved: false,
      actor_id: null,
    }))
    return new WorkflowResponse(setProductApprovalStep(approval))
  }
)
