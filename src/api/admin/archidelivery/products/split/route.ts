import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { archiDeliveryService } from "../../../../../modules/archidelivery"
import { whileNoImportRuns } from "../../../../../workflows/menu/product-import-lock"
import { splitProductSizeWorkflow } from "../../../../../workflows/menu/split-product-size"
import { serializeProduct } from "../helpers"
import type { AdminSplitArchiProductType } from "../validators"

/** Takes one row out of a product with sizes into a draft of its own. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSplitArchiProductType>,
  res: MedusaResponse
) => {
  const { result } = await whileNoImportRuns(req.scope, () =>
    splitProductSizeWorkflow(req.scope).run({
      input: {
        archidelivery_id: req.validatedBody.archidelivery_id,
        currency_code: archiDeliveryService(req.scope).getOptions().currency,
      },
    })
  )
  res.json({ product: serializeProduct(result[0]) })
}
