import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { loadLinkCustomersStep } from "./steps/load-link-customers"
import {
  prepareClientLinksStep,
  type LinkedBy,
  type LinkRequestMode,
} from "./steps/prepare-client-links"

export type RequestClientLinksInput = {
  customer_ids: string[]
  linked_by: LinkedBy
  mode: LinkRequestMode
  registered_only?: boolean
  /** Answer 404 when a customer does not exist (admin routes). */
  must_exist?: boolean
}

export const requestClientLinksWorkflowId = "archidelivery-request-client-links"

/**
 * Queues customers for linking (the outbox): `pending` rows the link
 * workflow, the minute job or the admin then resolve against ArchiDelivery.
 */
export const requestClientLinksWorkflow = createWorkflow(
  requestClientLinksWorkflowId,
  (input: RequestClientLinksInput) => {
    const customers = loadLinkCustomersStep({
      customer_ids: input.customer_ids,
      must_exist: input.must_exist,
    })
    const result = prepareClientLinksStep({
      customers,
      linked_by: input.linked_by,
      mode: input.mode,
      registered_only: input.registered_only,
    })
    return new WorkflowResponse(result)
  }
)
