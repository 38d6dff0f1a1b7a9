import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { OrderSyncDTO } from "../../../../modules/archidelivery/types"
import { archiDeliveryService } from "../../../../modules/archidelivery"
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
  const { status, cancelled, offset, limit } =
    req.validatedQuery as AdminGetOrderSyncsParamsType
  const [rows, count] = await archiDeliveryService(
    req.scope
  ).listAndCountOrderSyncs(
    {
      ...(status ? { status } : {}),
      ...(cancelled === undefined
        ? {}
        : { cancelled_at: cancelled ? { $ne: null } : null }),
    },
    {
      skip: offset,
      take: limit,
      order: { created_at: "DESC", id: "DESC" },
    }
  )
  res.json({
    order_syncs: (rows as unknown as OrderSyncDTO[]).map(serializeOrderSync),
    count,
    offset,
    limit,
  })
}
