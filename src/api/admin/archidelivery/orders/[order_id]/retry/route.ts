import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retryOrderSyncWorkflow } from "../../../../../../workflows/orders/retry-order-sync"
import { retrieveOrderSyncDetail } from "../../helpers"
import { withCodes } from "../../../with-codes"

/** POST /admin/archidelivery/orders/:order_id/retry — failed / needs_review → queued, due now. */
export const POST = withCodes(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const order_id = req.params.order_id
    await retryOrderSyncWorkflow(req.scope).run({
      input: { order_id, actor_id: req.auth_context?.actor_id },
    })
    res.json({ order_sync: await retrieveOrderSyncDetail(req.scope, order_id) })
  }
)
