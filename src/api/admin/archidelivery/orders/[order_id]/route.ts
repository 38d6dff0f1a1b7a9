import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retrieveOrderSyncDetail } from "../helpers"

/** GET /admin/archidelivery/orders/:order_id — the queue row with its attempts, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({
    order_sync: await retrieveOrderSyncDetail(req.scope, req.params.order_id),
  })
}
