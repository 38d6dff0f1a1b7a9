import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { OrderSyncDTO } from "../../../../modules/archidelivery/types"
import { listPage } from "../list-page"
import { serializeOrderSync } from "./helpers"
import type { AdminGetOrderSyncsParamsType } from "./validators"

/**
 * GET /admin/archidelivery/orders?status=&cancelled=&offset=&limit= — the
 * queue, newest first; `cancelled=true`: the orders the shop cancelled.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetOrderSyncsParamsType>,
  res: MedusaResponse
) => {
  const { status, cancelled, offset, limit } = req.validatedQuery
  const { rows, count } = await listPage<OrderSyncDTO>(
    req,
    "archidelivery_order_sync",
    {
      ...(status ? { status } : {}),
      ...(cancelled === undefined
        ? {}
        : { cancelled_at: cancelled ? { $ne: null } : null }),
    },
    { created_at: "DESC", id: "DESC" }
  )
  res.json({
    order_syncs: rows.map(serializeOrderSync),
    count,
    offset,
    limit,
  })
}
