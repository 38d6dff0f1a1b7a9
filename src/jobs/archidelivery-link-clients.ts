import type { MedusaContainer } from "@medusajs/framework/types"
import { CLIENT_LINKS_LOCK_KEY } from "../lib/shared/lock-keys"
import { runIfFree } from "../lib/shared/locks"
import { archiDeliveryService } from "../modules/archidelivery"
import {
  drainClientLinks,
  type DrainClientLinksResult,
} from "../workflows/customers/client-link-runner"

/** Retries pending customer ↔ client links every minute. */
export default async function archiDeliveryLinkClientsJob(
  container: MedusaContainer
) {
  if (archiDeliveryService(container).getOptions().queue.jobsEnabled) {
    await linkPendingClients(container)
  }
}

/**
 * The job's work without the on/off switch (tests and the admin call it):
 * one instance at a time drains the due links; a busy lock skips the run.
 */
export function linkPendingClients(
  container: MedusaContainer
): Promise<DrainClientLinksResult | null> {
  return runIfFree(
    container,
    CLIENT_LINKS_LOCK_KEY,
    "linking pending clients",
    () => drainClientLinks(container)
  )
}

export const config = {
  name: "archidelivery-link-clients",
  schedule: { interval: 60_000 },
}
