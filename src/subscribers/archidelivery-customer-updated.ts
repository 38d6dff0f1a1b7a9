import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { CustomerEvent } from "../lib/customers/customer-event"
import { linkChangedCustomers } from "./archidelivery-customer-created"

/** Re-links a registered customer whose phone changed (compared with their link). */
export default async function archiDeliveryCustomerUpdated({
  event,
  container,
}: SubscriberArgs<CustomerEvent>) {
  await linkChangedCustomers(container, event.data)
}

export const config: SubscriberConfig = {
  event: "customer.updated",
  context: { subscriberId: "archidelivery-customer-updated" },
}
