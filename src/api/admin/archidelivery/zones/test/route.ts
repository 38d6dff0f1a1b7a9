import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { zoneTest } from "../../../../../lib/delivery/zones-view"
import { archiDeliveryService } from "../../../../../modules/archidelivery"
import type { AdminZoneTestType } from "../validators"

/** Which zone takes an address, and what a courier there costs. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminZoneTestType>,
  res: MedusaResponse
) => {
  const { delivery, pointId } = archiDeliveryService(req.scope).getOptions()
  res.json(zoneTest(delivery, pointId, req.validatedBody))
}
