import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { kitchenPoints } from "../../../../../../lib/kitchen/points"
import { archiDeliveryService } from "../../../../../../modules/archidelivery"
import { setPointStateWorkflow } from "../../../../../../workflows/kitchen/set-point-state"
import { listKitchenPoints } from "../../helpers"
import type { AdminSetPointHoursType } from "../../validators"

/**
 * POST /admin/archidelivery/points/:point_id/hours — opening hours set in
 * Settings, winning over the options; `null` goes back to the options'.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetPointHoursType>,
  res: MedusaResponse
) => {
  const point_id = req.params.point_id
  const options = archiDeliveryService(req.scope).getOptions()
  if (!kitchenPoints(options).some((p) => p.id === point_id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `point_id: no ArchiDelivery point ${point_id} (set pointId or delivery.points)`
    )
  }
  await setPointStateWorkflow(req.scope).run({
    input: {
      point_id,
      hours: req.validatedBody.hours,
      updated_by: req.auth_context?.actor_id ?? null,
    },
  })
  const { points } = await listKitchenPoints(req.scope)
  res.json({ point: points.find((p) => p.id === point_id) })
}
