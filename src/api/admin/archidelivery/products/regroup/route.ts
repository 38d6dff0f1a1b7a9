import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { legacyGroups } from "../../../../../lib/menu"
import { archiDeliveryService } from "../../../../../modules/archidelivery"
import { whileNoImportRuns } from "../../../../../workflows/menu/product-import-lock"
import { regroupProductSizesWorkflow } from "../../../../../workflows/menu/regroup-product-sizes"
import type { AdminRegroupArchiProductsType } from "../validators"

/**
 * Groups products imported one per row into one product per dish with a
 * variant per size. `dry_run` (the default) only lists the dishes it would group.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRegroupArchiProductsType>,
  res: MedusaResponse
) => {
  const service = archiDeliveryService(req.scope)
  if (req.validatedBody.dry_run) {
    const links = await service.listProductLinks(
      { group_key: null },
      { take: null }
    )
    res.json({ dry_run: true, groups: legacyGroups(links) })
    return
  }
  const options = service.getOptions()
  const { result } = await whileNoImportRuns(req.scope, () =>
    regroupProductSizesWorkflow(req.scope).run({
      input: {
        currency_code: options.currency,
        size_option_title: options.sizes.optionTitle,
      },
    })
  )
  res.json({ dry_run: false, groups: result })
}
