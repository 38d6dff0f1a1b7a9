import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { listKitchenPoints } from "./helpers"

/** GET /admin/archidelivery/points — the points with hours, state and the outage. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json(await listKitchenPoints(req.scope))
}
