import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  planClientLinkRequests,
  requestableCustomers,
  type ClientLinkRequests,
} from "../../../lib/customers/client-link-requests"
import type { LinkCustomer } from "../../../lib/customers/link-customer"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type PlanClientLinkRequestsInput = ClientLinkRequests & {
  customers: LinkCustomer[]
}

export const planClientLinkRequestsStepId =
  "archidelivery-plan-client-link-requests"

/**
 * Reads the customers' links and decides whose link to queue, and with
 * what; writes nothing and asks nothing of ArchiDelivery.
 */
export const planClientLinkRequestsStep = createStep(
  planClientLinkRequestsStepId,
  async (input: PlanClientLinkRequestsInput, { container }) => {
    const service = archiDeliveryService(container)
    const { defaultCountry } = service.getOptions().phone
    const ids = requestableCustomers(
      input.customers,
      input.registered_only
    ).map((c) => c.id)
    const existing = ids.length
      ? await service.listClientLinks({
          customer_id: ids,
        })
      : []
    return new StepResponse(
      planClientLinkRequests(input, existing, defaultCountry)
    )
  }
)
