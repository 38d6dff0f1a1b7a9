import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { setDishAvailabilityWorkflow } from "../../../../../../workflows/menu/set-dish-availability"
import { serializeProduct } from "../../helpers"
import type { AdminSwitchOnDishesType } from "../validators"

/** Ends an admin's switch-off of dishes now. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSwitchOnDishesType>,
  res: MedusaResponse
) => {
  const { result } = await setDishAvailabilityWorkflow(req.scope).run({
    input: {
      archidelivery_ids: req.validatedBody.archidelivery_ids,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ products: result.map((l) => serializeProduct(l)) })
}
