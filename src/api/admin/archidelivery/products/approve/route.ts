import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { archiDeliveryService } from "../../../../../modules/archidelivery"
import { approveProductsWorkflow } from "../../../../../workflows/menu/approve-products"
import { serializeProduct } from "../helpers"
import type { AdminArchiProductApprovalType } from "../validators"

/** Approves imported products: later imports update their name and price. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminArchiProductApprovalType>,
  res: MedusaResponse
) => {
  const { result } = await approveProductsWorkflow(req.scope).run({
    input: {
      product_ids: req.validatedBody.product_ids,
      actor_id: req.auth_context.actor_id,
      currency_code: archiDeliveryService(req.scope).getOptions().currency,
    },
  })
  res.json({ products: result.map(serializeProduct) })
}
