import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { archiDeliveryService } from "../../../../../modules/archidelivery"
import { mergeProductSizesWorkflow } from "../../../../../workflows/menu/merge-product-sizes"
import { whileNoImportRuns } from "../../../../../workflows/menu/product-import-lock"
import { serializeProduct } from "../helpers"
import type { AdminMergeArchiProductsType } from "../validators"

/** Makes rows one product with a variant per row (the products they leave become drafts). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminMergeArchiProductsType>,
  res: MedusaResponse
) => {
  const options = archiDeliveryService(req.scope).getOptions()
  const { result } = await whileNoImportRuns(req.scope, () =>
    mergeProductSizesWorkflow(req.scope).run({
      input: {
        archidelivery_ids: req.validatedBody.archidelivery_ids,
        currency_code: options.currency,
        size_option_title: options.sizes.optionTitle,
      },
    })
  )
  res.json({
    product_id: result.product_id,
    products: result.links.map(serializeProduct),
  })
}
