import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  customerIdsOf,
  type CustomerEvent,
} from "../lib/customers/customer-event"
import { errorMessage } from "../lib/shared/error-message"
import { requestAndLinkClients } from "../workflows/customers/client-link-runner"

/** Links a newly registered customer with a phone to their ArchiDelivery client. */
export default async function archiDeliveryCustomerCreated({
  event,
  container,
}: SubscriberArgs<CustomerEvent>) {
  await linkChangedCustomers(container, event.data)
}

export async function linkChangedCustomers(
  container: SubscriberArgs<CustomerEvent>["container"],
  data: CustomerEvent
) {
  const ids = customerIdsOf(data)
  if (!ids.length) {
    return
  }
  try {
    await requestAndLinkClients(container, {
      customer_ids: ids,
      linked_by: "customer",
      mode: "changed",
      registered_only: true,
    })
  } catch (e) {
    // A pending row written before the failure is retried by the minute job.
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(
        `archidelivery: linking customer(s) ${ids.join(", ")} failed: ${errorMessage(e)}`
      )
  }
}

export const config: SubscriberConfig = {
  event: "customer.created",
  context: { subscriberId: "archidelivery-customer-created" },
}
