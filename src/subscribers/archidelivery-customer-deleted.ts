import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { unlinkCustomerClientWorkflow } from "../workflows/customers/unlink-customer-client"
import { errorMessage } from "../lib/shared/error-message"

/**
 * Drops a deleted customer's link, so it no longer counts as a second
 * customer on the same ArchiDelivery client.
 */
export default async function archiDeliveryCustomerDeleted({
  event,
  container,
}: SubscriberArgs<{ id: string } | { id: string }[]>) {
  const ids = (Array.isArray(event.data) ? event.data : [event.data])
    .map((d) => d?.id)
    .filter((id): id is string => typeof id === "string" && !!id)
  for (const id of ids) {
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
