import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { assertCustomerExists, customerLinkReply } from "../helpers"

/** The customer's ArchiDelivery link and the client's data as ArchiDelivery holds it. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const customerId = req.params.customer_id
  await assertCustomerExists(req.scope, customerId)
  res.json(await customerLinkReply(req.scope, customerId))
}
