import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { OrderSyncDTO } from "../../../../modules/archidelivery/types"
import { serializeOrderSync, serviceOf } from "./helpers"
import type { AdminGetOrderSyncsParamsType } from "./validators"

/** GET /admin/archidelivery/orders?status=&offset=&limit= — the queue, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetOrderSyncsParamsType>,
  res: MedusaResponse
) => {
  const { status, offset, limit } =
    req.validatedQuery as AdminGetOrderSyncsParamsType
  const [rows, count] = await serviceOf(req.scope).listAndCountOrderSyncs(
    status ? { status } : {},
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
