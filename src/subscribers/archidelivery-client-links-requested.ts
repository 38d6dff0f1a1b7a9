import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { errorMessage } from "../lib/shared/error-message"
import {
  CLIENT_LINKS_REQUESTED_EVENT,
  type ClientLinksRequestedEvent,
} from "../lib/shared/events"
import { archiDeliveryService } from "../modules/archidelivery"
import { drainClientLinks } from "../workflows/customers/client-link-runner"

/**
 * Links the customers queued in bulk, batch after batch, in the background
 * (a handler that waited would hold up the Redis event bus). Links it does
 * not reach stay `pending` for the minute job.
 */
export default async function archideliveryClientLinksRequested({
  event,
  container,
}: SubscriberArgs<ClientLinksRequestedEvent>) {
  const { batchSize } = archiDeliveryService(container).getOptions().queue
  drainClientLinks(container, {
    maxBatches: Math.ceil(event.data.pending / batchSize) + 2,
  }).catch((e) =>
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(
        `archidelivery: bulk client linking stopped, the minute job continues: ${errorMessage(e)}`
      )
  )
}

export const config: SubscriberConfig = {
  event: CLIENT_LINKS_REQUESTED_EVENT,
  context: { subscriberId: "archidelivery-client-links-requested" },
}
