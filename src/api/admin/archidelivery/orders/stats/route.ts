import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { serviceOf } from "../helpers"

/** GET /admin/archidelivery/orders/stats — queue size per status, for the settings page. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const counts = await serviceOf(req.scope).countOrderSyncsByStatus()
  res.json({ counts })
}
