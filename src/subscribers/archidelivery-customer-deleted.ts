import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  customerIdsOf,
  type CustomerEvent,
} from "../lib/customers/customer-event"
import { errorMessage } from "../lib/shared/error-message"
import { unlinkCustomerClientWorkflow } from "../workflows/customers/unlink-customer-client"

/**
 * Drops a deleted customer's link, so it no longer counts as a second
 * customer on the same ArchiDelivery client.
 */
export default async function archiDeliveryCustomerDeleted({
  event,
  container,
}: SubscriberArgs<CustomerEvent>) {
  for (const id of customerIdsOf(event.data)) {
    try {
      await unlinkCustomerClientWorkflow(container).run({
        input: { customer_id: id },
      })
    } catch (e) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(
          `archidelivery: removing the link of deleted customer ${id} failed: ${errorMessage(e)}`
        )
    }
  }
}

export const config: SubscriberConfig = {
  event: "customer.deleted",
  context: { subscriberId: "archidelivery-customer-deleted" },
}
