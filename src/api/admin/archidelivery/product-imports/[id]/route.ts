import { archiDeliveryService } from "../../../../../modules/archidelivery"
import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { serializeImport } from "../../products/helpers"

/** One import run with its progress and, once it ends, its report. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const [run] = await archiDeliveryService(req.scope).listProductImports(
    { id: req.params.id },
    { take: 1 }
  )
  if (!run) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `product import ${req.params.id} not found`
    )
  }
  res.json({ product_import: serializeImport(run) })
}
