import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { archiDeliveryService } from "../../../../modules/archidelivery"

/**
 * The plugin's options as the settings page shows them. Header values may
 * carry a proxy's credentials, so only their names leave the server; the
 * same goes for a user name or password written into a URL (the main one
 * and each point's).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({ config: archiDeliveryService(req.scope).describeOptions() })
}
