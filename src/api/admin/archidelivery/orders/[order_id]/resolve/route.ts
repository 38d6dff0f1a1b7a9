import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { resolveOrderSyncWorkflow } from "../../../../../../workflows/orders/resolve-order-sync"
import { retrieveOrderSyncDetail } from "../../helpers"
import { withCodes } from "../../../with-codes"
import type { AdminResolveOrderSyncType } from "../../validators"

/** POST /admin/archidelivery/orders/:order_id/resolve — needs_review → sent with the id a person found. */
export const POST = withCodes(
  async (
    req: AuthenticatedMedusaRequest<AdminResolveOrderSyncType>,
    res: MedusaResponse
  ) => {
    const order_id = req.params.order_id
    await resolveOrderSyncWorkflow(req.scope).run({
      input: {
        order_id,
        archidelivery_order_id: req.validatedBody.archidelivery_order_id,
        actor_id: req.auth_context?.actor_id,
      },
    })
    res.json({ order_sync: await retrieveOrderSyncDetail(req.scope, order_id) })
  }
)
