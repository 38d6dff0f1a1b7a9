import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { attachModifierGroupsStep } from "./steps/attach-modifier-groups"
import { checkProductModifierGroupsStep } from "./steps/check-product-modifier-groups"
import { detachModifierGroupsStep } from "./steps/detach-modifier-groups"

export type SetProductModifierGroupsInput = {
  product_id: string
  add?: string[]
  remove?: string[]
}

export const setProductModifierGroupsWorkflowId =
  "archidelivery-set-product-modifier-groups"

/** Attaches groups to a product and detaches others, in one go. */
export const setProductModifierGroupsWorkflow = createWorkflow(
  setProductModifierGroupsWorkflowId,
  (input: SetProductModifierGroupsInput) => {
    const add = checkProductModifierGroupsStep(
      transform({ input }, ({ input }) => ({
        product_id: input.product_id,
        group_ids: input.add ?? [],
      }))
    )
    const attached = attachModifierGroupsStep(
      transform({ input, add }, ({ input, add }) => ({
        product_id: input.product_id,
        group_ids: add,
      }))
    )
    const detached = detachModifierGroupsStep(
      transform({ input }, ({ input }) => ({
        product_id: input.product_id,
        group_ids: input.remove ?? [],
      }))
    )
    return new WorkflowResponse({ attached, detached })
  }
)
