import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { requestAndLinkClients } from "../../../../../../workflows/customers/client-link-runner"
import { linkCustomerToClientWorkflow } from "../../../../../../workflows/customers/link-customer-to-client"
import { unlinkCustomerClientWorkflow } from "../../../../../../workflows/customers/unlink-customer-client"
import { customerLinkReply, serializeLink } from "../../helpers"
import type { AdminLinkCustomerType } from "../../validators"

/**
 * Re-links now by phone (`linked_by: admin`), or links to the client given
 * in `archidelivery_client_id` after ArchiDelivery confirms it exists.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminLinkCustomerType>,
  res: MedusaResponse
) => {
  const customerId = req.params.customer_id
  const clientId = req.validatedBody?.archidelivery_client_id
  if (clientId) {
    await linkCustomerToClientWorkflow(req.scope).run({
      input: { customer_id: customerId, archidelivery_client_id: clientId },
    })
  } else {
    await requestAndLinkClients(req.scope, {
      customer_ids: [customerId],
      linked_by: "admin",
      mode: "always",
      must_exist: true,
    })
  }
  res.json(await customerLinkReply(req.scope, customerId))
}

/** Forgets the link; the customer reads as `unlinked`. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const customerId = req.params.customer_id
  await unlinkCustomerClientWorkflow(req.scope).run({
    input: { customer_id: customerId, must_exist: true },
  })
  res.json({
    customer_link: {
      ...serializeLink(customerId, null),
      shared_with: [],
      client: null,
      client_error: null,
    },
  })
}
