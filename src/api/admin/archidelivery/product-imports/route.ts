import { archiDeliveryService } from "../../../../modules/archidelivery"
import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  PRODUCT_IMPORT_STARTED_EVENT,
  type ProductImportStartedEvent,
} from "../../../../lib/shared/events"
import { startProductImportWorkflow } from "../../../../workflows/menu/start-product-import"
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

/**
 * Opens a menu import under its lock and hands the run to a subscriber, so
 * a worker instance does the long part; 409 while another one runs.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  try {
    const { result } = await startProductImportWorkflow(req.scope).run({
      input: { started_by: req.auth_context.actor_id ?? null },
    })
    const data: ProductImportStartedEvent = {
      import_id: result.id,
      lock_owner: result.lock_owner,
    }
    await req.scope
      .resolve(Modules.EVENT_BUS)
      .emit({ name: PRODUCT_IMPORT_STARTED_EVENT, data })
    res
      .status(202)
      .json({ product_import: { id: result.id, status: result.status } })
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
