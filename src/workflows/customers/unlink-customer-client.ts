import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { loadLinkCustomersStep } from "./steps/load-link-customers"
import { removeClientLinksStep } from "./steps/remove-client-links"

export type UnlinkCustomerClientInput = {
  customer_id: string
  /** Answer 404 for an unknown customer (admin); a deleted customer's link goes quietly. */
  must_exist?: boolean
}

export const unlinkCustomerClientWorkflowId =
  "archidelivery-unlink-customer-client"

/** Forgets a customer's ArchiDelivery client; the next event or order links again. */
export const unlinkCustomerClientWorkflow = createWorkflow(
  unlinkCustomerClientWorkflowId,
  (input: UnlinkCustomerClientInput) => {
    const customerIds = transform({ input }, ({ input }) => [input.customer_id])
    loadLinkCustomersStep({
      customer_ids: customerIds,
      must_exist: input.must_exist,
    })
    const removed = removeClientLinksStep({ customer_ids: customerIds })
    return new WorkflowResponse(removed)
  }
)
