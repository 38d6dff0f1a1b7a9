import { createProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { sizeVariantInputs, sizeVariantLinks } from "../../lib/menu"
import { addSizeOptionValuesStep } from "./steps/add-size-option-values"
import { linkSizeVariantsStep } from "./steps/link-size-variants"
import { listPendingSizesStep } from "./steps/list-pending-sizes"
import { setProductApprovalStep } from "./steps/set-product-approval"

export type ApproveProductsInput = {
  product_ids: string[]
  actor_id?: string | null
  /** The shop currency new sizes are priced in (the plugin's `currency`). */
  currency_code?: string
}

export const approveProductsWorkflowId = "archidelivery-approve-products"

/**
 * Marks imported products approved by an admin: later imports then update
 * their name and price. New sizes waiting on these products get their
 * variant now. It does not publish them.
 */
export const approveProductsWorkflow = createWorkflow(
  approveProductsWorkflowId,
  (input: ApproveProductsInput) => {
    const approval = transform({ input }, ({ input }) => ({
      product_ids: input.product_ids,
      approved: true,
      actor_id: input.actor_id ?? null,
    }))
    const approved = setProductApprovalStep(approval)

    const sizes = listPendingSizesStep({ product_ids: input.product_ids })
    when(
      "archidelivery-create-approved-sizes",
      { sizes },
      ({ sizes }) => sizes.length > 0
    ).then(() => {
      addSizeOptionValuesStep({ sizes })
      const variants = createProductVariantsWorkflow.runAsStep({
        input: {
          product_variants: transform({ sizes, input }, ({ sizes, input }) =>
            sizeVariantInputs(sizes, input.currency_code ?? "uah")
          ),
        },
      })
      linkSizeVariantsStep({
        links: transform({ sizes, variants }, ({ sizes, variants }) =>
          sizeVariantLinks(sizes, variants)
        ),
      })
    })
    return new WorkflowResponse(approved)
  }
)
