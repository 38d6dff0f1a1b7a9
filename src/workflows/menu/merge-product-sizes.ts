import {
  createProductsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  mergedDish,
  mergedProduct,
  presentationOf,
  productInput,
  relinkToProduct,
  type CreatedProduct,
} from "../../lib/menu"
import { loadSizeMergeStep } from "./steps/load-size-merge"
import { relinkSizesStep } from "./steps/relink-sizes"

export type MergeProductSizesInput = {
  /** Menu rows to make one product; the first row's product is the one copied. */
  archidelivery_ids: string[]
  currency_code: string
  size_option_title: string
}

export const mergeProductSizesWorkflowId = "archidelivery-merge-product-sizes"

/**
 * Makes menu rows one product with a variant per row: a new product copying
 * the first row's product (title without the size, description, images,
 * categories, channels, status), every row linked to its variant. The
 * products they leave are set to draft, never deleted, so past orders keep
 * every reference; the admin deletes them when sure. The rows stay approved
 * when all were, else all wait for approval again.
 */
export const mergeProductSizesWorkflow = createWorkflow(
  mergeProductSizesWorkflowId,
  (input: MergeProductSizesInput) => {
    const merge = loadSizeMergeStep({
      archidelivery_ids: input.archidelivery_ids,
    })
    // Transforms read step results directly: a nested step's input does not
    // resolve a transform of a transform.
    const products = transform({ merge, input }, ({ merge, input }) => {
      const dish = mergedDish(merge.links, merge.first.title)
      const product = mergedProduct(
        merge.links,
        dish,
        input.size_option_title,
        Date.now().toString(36)
      )
      return [
        {
          ...productInput(product, {
            currency_code: input.currency_code,
            sales_channel_id: null,
            shipping_profile_id: null,
            category_id: null,
          }),
          ...presentationOf(merge.first),
          status: merge.first.status as "draft" | "published",
        },
      ]
    })
    const created = createProductsWorkflow.runAsStep({ input: { products } })
    const links = relinkSizesStep({
      links: transform({ merge, created }, ({ merge, created }) =>
        relinkToProduct(
          merge.links,
          (created as CreatedProduct[])[0],
          mergedDish(merge.links, merge.first.title).key,
          merge.links.every((l) => l.approved)
        )
      ),
    })
    updateProductsWorkflow.runAsStep({
      input: transform({ merge }, ({ merge }) => ({
        selector: { id: merge.product_ids },
        update: { status: "draft" as const },
      })),
    })
    const result = transform({ created, links }, ({ created, links }) => ({
      product_id: (created as CreatedProduct[])[0].id,
      links,
    }))
    return new WorkflowResponse(result)
  }
)
