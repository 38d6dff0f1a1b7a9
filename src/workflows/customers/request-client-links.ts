import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { LinkedBy } from "../../lib/customers/client-link-patch"
import type {
  ClientLinkRequestResult,
  LinkRequestMode,
} from "../../lib/customers/client-link-requests"
import { loadLinkCustomersStep } from "./steps/load-link-customers"
import { planClientLinkRequestsStep } from "./steps/plan-client-link-requests"
import { writeClientLinksStep } from "./steps/write-client-links"

export type { LinkedBy, LinkRequestMode }

export type RequestClientLinksInput = {
  customer_ids: string[]
  linked_by: LinkedBy
  mode: LinkRequestMode
  registered_only?: boolean
  /** Answer 404 when a customer does not exist (admin routes). */
  must_exist?: boolean
}

export type RequestClientLinksResult = ClientLinkRequestResult

export const requestClientLinksWorkflowId = "archidelivery-request-client-links"

/**
 * Queues customers for linking (the outbox): `pending` rows the link
 * workflow, the minute job or the admin then resolve against ArchiDelivery
 * (`failed` at once when the phone cannot be used), so nothing is lost when
 * ArchiDelivery is down. No request to ArchiDelivery here.
 */
export const requestClientLinksWorkflow = createWorkflow(
  requestClientLinksWorkflowId,
  (input: RequestClientLinksInput) => {
    const customers = loadLinkCustomersStep({
      customer_ids: input.customer_ids,
      must_exist: input.must_exist,
    })
    const plan = planClientLinkRequestsStep({
      customers,
      linked_by: input.linked_by,
      mode: input.mode,
      registered_only: input.registered_only,
    })
    writeClientLinksStep({ writes: plan.writes })
    return new WorkflowResponse(plan.result)
  }
)
