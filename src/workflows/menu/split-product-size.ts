import {
  createProductsWorkflow,
  deleteProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  externalIdOf,
  itemOfLink,
  productInput,
  type CreatedProduct,
} from "../../lib/menu"
import { loadSizeSplitStep } from "./steps/load-size-split"
import { relinkSizesStep } from "./steps/relink-sizes"

export type SplitProductSizeInput = {
  archidelivery_id: string
  currency_code: string
}

export const splitProductSizeWorkflowId = "archidelivery-split-product-size"

/**
 * Takes one row out of a product with sizes: a new hidden draft of its own
 * (the menu's name, price and weight, in the same categories and channels),
 * waiting for approval; its variant leaves the product it was a size of, so
 * that size is no longer sold there. Past orders keep their lines (Medusa
 * soft-deletes the variant); later imports keep the row on its own.
 */
export const splitProductSizeWorkflow = createWorkflow(
  splitProductSizeWorkflowId,
  (input: SplitProductSizeInput) => {
    const split = loadSizeSplitStep({
      archidelivery_id: input.archidelivery_id,
    })
    const products = transform({ split, input }, ({ split, input }) => {
      const item = itemOfLink(split.link)
      const p = split.product
      return [
        productInput(
          {
            ...item,
            handle: `archidelivery-${item.archidelivery_id}-${Date.now().toString(36)}`,
            external_id: externalIdOf(item.archidelivery_id),
          },
          {
            currency_code: input.currency_code,
            sales_channel_id: null,
            shipping_profile_id: p.shipping_profile?.id ?? null,
            category_id: null,
          }
        ),
      ].map((product) => ({
        ...product,
        category_ids: (p.categories ?? []).map((c) => c.id),
        sales_channels: (p.sales_channels ?? []).map((s) => ({ id: s.id })),
      }))
    })
    const created = createProductsWorkflow.runAsStep({ input: { products } })
    const variantId = transform({ split }, ({ split }) => split.link.variant_id)
    when(
      "archidelivery-remove-split-size",
      { variantId },
      ({ variantId }) => !!variantId
    ).then(() =>
      deleteProductVariantsWorkflow.runAsStep({
        input: {
          ids: transform({ variantId }, ({ variantId }) => [variantId!]),
        },
      })
    )
    const links = relinkSizesStep({
      links: transform({ split, created }, ({ split, created }) => {
        const product = (created as CreatedProduct[])[0]
        return [
          {
            id: split.link.id,
            product_id: product.id,
            variant_id: product.variants?.[0]?.id ?? null,
            group_key: null,
            size_label: null,
            approved: false,
            approved_at: null,
            approved_by: null,
          },
        ]
      }),
    })
    return new WorkflowResponse(links)
  }
)
