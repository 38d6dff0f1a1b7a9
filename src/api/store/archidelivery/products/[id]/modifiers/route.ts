import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { productModifierGroups } from "../../../../../../workflows/modifiers/product-modifier-groups"

type Keyed = { publishable_key_context?: { sales_channel_ids?: string[] } }

/**
 * A product's modifier groups with their options and prices, as a
 * storefront shows them; the ArchiDelivery mapping stays in the admin.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const channels = (req as Keyed).publishable_key_context?.sales_channel_ids
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: ["id", "status", "sales_channels.id"],
    filters: { id: req.params.id },
  })
  const sold =
    product?.status === "published" &&
    (!channels?.length ||
      (product.sales_channels ?? []).some((c: any) => channels.includes(c?.id)))
  if (!sold) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id: ${req.params.id} was not found`
    )
  }
  const groups =
    (await productModifierGroups(req.scope, [product.id])).get(product.id) ?? []
  res.json({
    product_id: product.id,
    modifier_groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      min: g.min,
      max: g.max,
      options: g.options.map((o) => ({
        id: o.id,
        name: o.name,
        price: Number(o.price),
        default_quantity: o.default_quantity ?? 1,
        is_default: !!o.is_default,
      })),
    })),
  })
}
