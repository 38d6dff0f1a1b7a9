import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { unapproveProductsWorkflow } from "../../../../../workflows/menu/unapprove-products"
import { serializeProduct } from "../helpers"
import type { AdminArchiProductApprovalType } from "../validators"

/** Takes approval back: later imports leave these products alone. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminArchiProductApprovalType>,
  res: MedusaResponse
) => {
  const { result } = await unapproveProductsWorkflow(req.scope).run({
    input: { product_ids: req.validatedBody.product_ids },
  })
  res.json({ products: result.map(serializeProduct) })
}
