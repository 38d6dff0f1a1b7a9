import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { setProductApprovalStep } from "./steps/set-product-approval"

export type ApproveProductsInput = {
  product_ids: string[]
  actor_id?: string | null
}

export const approveProductsWorkflowId = "archidelivery-approve-products"

/**
 * Marks imported products approved by an admin: later imports then update
 * their name and price. It does not publish them.
 */
export const approveProductsWorkflow = createWorkflow(
  approveProductsWorkflowId,
  (input: ApproveProductsInput) => {
    const approval = transform({ input }, ({ input }) => ({
      product_ids: input.product_ids,
      approved: true,
      actor_id: input.actor_id ?? null,
    }))
    return new WorkflowResponse(setProductApprovalStep(approval))
  }
)
