import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { archiDeliveryService } from "../../../../../modules/archidelivery"

/** GET /admin/archidelivery/orders/stats — queue size per status, for the settings page. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const counts = await archiDeliveryService(req.scope).countOrderSyncsByStatus()
  res.json({ counts })
}
