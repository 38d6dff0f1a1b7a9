import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { setProductModifierGroupsWorkflow } from "../../../../../../workflows/modifiers"
import { productModifierGroups } from "../../../../../../workflows/modifiers/product-modifier-groups"
import type { AdminSetProductModifierGroupsType } from "../../../modifier-groups/validators"

const groupsOf = async (
  req: AuthenticatedMedusaRequest<unknown>,
  productId: string
) => (await productModifierGroups(req.scope, [productId])).get(productId) ?? []

/** The groups a product offers, in its order, with their options. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({
    product_id: req.params.product_id,
    modifier_groups: await groupsOf(req, req.params.product_id),
  })
}

/** Attaches (`add`) and detaches (`remove`) groups by id. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetProductModifierGroupsType>,
  res: MedusaResponse
) => {
  const productId = req.params.product_id
  await setProductModifierGroupsWorkflow(req.scope).run({
    input: { product_id: productId, ...req.validatedBody },
  })
  res.json({
    product_id: productId,
    modifier_groups: await groupsOf(req, productId),
  })
}
