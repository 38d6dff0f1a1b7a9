import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { kitchenPoints } from "../../../../../../lib/kitchen/points"
import { archiDeliveryService } from "../../../../../../modules/archidelivery"
import { setPointStateWorkflow } from "../../../../../../workflows/kitchen/set-point-state"
import { serializePointState } from "../../helpers"
import type { AdminSetPointStateType } from "../../validators"

/**
 * POST /admin/archidelivery/points/:point_id/state — online, busy (+delay)
 * or paused, optionally until a time; the storefront sees it at once.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetPointStateType>,
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
  const body = req.validatedBody
  const { result } = await setPointStateWorkflow(req.scope).run({
    input: {
      point_id,
      state: body.state,
      delay_minutes: body.state === "busy" ? (body.delay_minutes ?? 0) : 0,
      until: body.until ? new Date(body.until) : null,
      updated_by: req.auth_context?.actor_id ?? null,
    },
  })
  res.json({ point_state: serializePointState(result) })
}
