import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { setDishAvailabilityWorkflow } from "../../../../../../workflows/menu/set-dish-availability"
import { serializeProduct } from "../../helpers"
import type { AdminSwitchOffDishesType } from "../validators"

/** Switches dishes off until a time, until tomorrow, or until switched back on. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSwitchOffDishesType>,
  res: MedusaResponse
) => {
  const { archidelivery_ids, until } = req.validatedBody
  const { result } = await setDishAvailabilityWorkflow(req.scope).run({
    input: {
      archidelivery_ids,
      switch_off: until,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ products: result.map((l) => serializeProduct(l)) })
}
