import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { zoneView } from "../../../../lib/delivery/zones-view"
import { archiDeliveryService } from "../../../../modules/archidelivery"

/**
 * The delivery zones as the options define them (read-only: the options in
 * `medusa-config.ts` are their only source), with the flat terms that apply
 * without zones.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { delivery, pointId } = archiDeliveryService(req.scope).getOptions()
  res.json({
    zones: delivery.zones.map(zoneView),
    count: delivery.zones.length,
    flat: {
      fee: delivery.fee,
      free_from: delivery.freeFrom ?? null,
      min_order_amount: delivery.minOrderAmount,
    },
    points: delivery.points.map((p) => ({
      id: p.id,
      name: p.name,
      own_server: !!p.url,
    })),
    point_id: pointId ?? null,
  })
}
