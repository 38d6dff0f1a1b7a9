import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addModifiedLineItemWorkflow } from "../../../../../../workflows/modifiers"
import type { StoreAddModifiedLineItemType } from "../../validators"

/** The cart as this route returns it: enough to show the lines and totals. */
export const MODIFIED_CART_FIELDS = [
  "id",
  "currency_code",
  "region_id",
  "item_total",
  "subtotal",
  "total",
  "items.id",
  "items.title",
  "items.product_id",
  "items.product_title",
  "items.variant_id",
  "items.quantity",
  "items.unit_price",
  "items.is_custom_price",
  "items.metadata",
  "items.subtotal",
  "items.total",
]

/**
 * Adds a dish with modifiers: checked against the product's groups (a
 * refusal in the customer's language names the dish and the group or
 * option), priced base + options; the modifiers stay in the line's
 * `metadata.archidelivery_modifiers`.
 */
export const POST = async (
  req: MedusaRequest<StoreAddModifiedLineItemType>,
  res: MedusaResponse
) => {
  await addModifiedLineItemWorkflow(req.scope).run({
    input: { cart_id: req.params.id, ...req.validatedBody },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: MODIFIED_CART_FIELDS,
    filters: { id: req.params.id },
  })
  res.json({ cart })
}
