import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { checkArchiDeliveryClientStep } from "./steps/check-archidelivery-client"
import { chooseClientLinkStep } from "./steps/choose-client-link"
import { loadLinkCustomersStep } from "./steps/load-link-customers"
import { writeClientLinksStep } from "./steps/write-client-links"

export type LinkCustomerToClientInput = {
  customer_id: string
  archidelivery_client_id: string
}

export const linkCustomerToClientWorkflowId =
  "archidelivery-link-customer-to-client"

/**
 * Links a customer to the ArchiDelivery client an admin chose (`linked_by:
 * admin`): `linked` at once, any claim in flight dropped. Sharing the client
 * with another customer still flags both as ambiguous.
 */
export const linkCustomerToClientWorkflow = createWorkflow(
  linkCustomerToClientWorkflowId,
  (input: LinkCustomerToClientInput) => {
    const customerIds = transform({ input }, ({ input }) => [input.customer_id])
    const customers = loadLinkCustomersStep({
      customer_ids: customerIds,
      must_exist: true,
    })
    const checked = checkArchiDeliveryClientStep({
      archidelivery_client_id: input.archidelivery_client_id,
    })
    const customer = transform({ customers }, ({ customers }) => customers[0])
    const writes = chooseClientLinkStep({
      customer,
      archidelivery_client_id: checked.archidelivery_client_id,
      linked_by: "admin",
    })
    const links = writeClientLinksStep({ writes, refresh_ambiguity: true })
    const link = transform({ links }, ({ links }) => links[0])
    return new WorkflowResponse(link)
  }
)
