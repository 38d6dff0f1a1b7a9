import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ARCHIDELIVERY_MODULE } from "../modules/archidelivery"
import type ArchiDeliveryModuleService from "../modules/archidelivery/service"
import {
  drainClientLinks,
  type DrainClientLinksResult,
} from "../workflows/customers/client-link-runner"
import { errorMessage } from "../lib/shared/error-message"

export const CLIENT_LINKS_LOCK = "archidelivery:client-links"

/** Retries pending customer ↔ client links every minute. */
export default async function archiDeliveryLinkClientsJob(
  container: MedusaContainer
) {
  const service =
    container.resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)
  if (!service.getOptions().queue.jobsEnabled) {
    return
  }
  await linkPendingClients(container)
}

/**
 * The job's work without the on/off switch (tests and the admin call it):
 * one instance at a time drains the due links; a busy lock skips the run.
 */
export async function linkPendingClients(
  container: MedusaContainer
): Promise<DrainClientLinksResult | null> {
  const locking = container.resolve(Modules.LOCKING)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    return await locking.execute(
      CLIENT_LINKS_LOCK,
      () => drainClientLinks(container),
      { timeout: 1, expire: 120 }
    )
  } catch (e) {
    const message = errorMessage(e)
    if (/acquir/i.test(message)) {
      logger.debug(
        `archidelivery: client links already being linked (${message})`
      )
    } else {
      logger.error(`archidelivery: linking pending clients failed: ${message}`)
    }
    return null
  }
}

export const config = {
  name: "archidelivery-link-clients",
  schedule: { interval: 60_000 },
}
