import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  resolveModifiedLineStep,
  type ResolveModifiedLineInput,
} from "./steps/resolve-modified-line"

export type AddModifiedLineItemInput = ResolveModifiedLineInput

export const addModifiedLineItemWorkflowId =
  "archidelivery-add-modified-line-item"

/**
 * Adds a dish with the customer's modifiers through Medusa's own
 * add-to-cart: a custom unit price (base + options), the modifiers in the
 * line's metadata, so the same dish with other modifiers is another line.
 */
export const addModifiedLineItemWorkflow = createWorkflow(
  addModifiedLineItemWorkflowId,
  (input: AddModifiedLineItemInput) => {
    const item = resolveModifiedLineStep(input)
    addToCartWorkflow.runAsStep({
      input: transform({ input, item }, ({ input, item }) => ({
        cart_id: input.cart_id,
        items: [item],
      })),
    })
    return new WorkflowResponse(item)
  }
)
