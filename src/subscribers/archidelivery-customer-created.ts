import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { requestAndLinkClients } from "../workflows/customers/client-link-runner"
import { errorMessage } from "../lib/shared/error-message"

type CustomerEvent = { id: string } | { id: string }[]

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
  const ids = (Array.isArray(data) ? data : [data])
    .map((d) => d?.id)
    .filter((id): id is string => typeof id === "string" && !!id)
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
