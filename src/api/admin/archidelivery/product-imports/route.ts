import { archiDeliveryService } from "../../../../modules/archidelivery"
import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { startProductImport } from "../../../../workflows/menu/run-product-import"
import type { ProductImportDTO } from "../../../../modules/archidelivery/types"
import { listPage } from "../list-page"
import { serializeImport } from "../products/helpers"
import type { AdminListProductImportsType } from "../products/validators"
import { errorMessage } from "../../../../lib/shared/error-message"

/** Import runs, newest first, without their per-row reports. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListProductImportsType>,
  res: MedusaResponse
) => {
  const { offset, limit } = req.validatedQuery
  const { rows, count } = await listPage<ProductImportDTO>(
    req,
    "archidelivery_product_import",
    {},
    { started_at: "DESC", id: "DESC" }
  )
  res.json({
    product_imports: rows.map((r) => serializeImport(r, false)),
    count,
    offset,
    limit,
  })
}

/** Starts a menu import in the background; 409 while another one runs. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  try {
    const { product_import } = await startProductImport(req.scope, {
      started_by: req.auth_context.actor_id,
    })
    res.status(202).json({ product_import })
  } catch (e) {
    // Medusa's error handler answers conflicts with a generic text; this one says what runs.
    if ((e as MedusaError)?.type !== MedusaError.Types.CONFLICT) {
      throw e
    }
    const [running] = await archiDeliveryService(req.scope).listProductImports(
      { status: "running" },
      { take: 1, order: { started_at: "DESC" } }
    )
    res.status(409).json({
      type: MedusaError.Types.CONFLICT,
      message: errorMessage(e),
      ...(running
        ? { product_import: { id: running.id, status: running.status } }
        : {}),
    })
  }
}
