import type { MedusaContainer } from "@medusajs/framework/types"
import { availabilitySyncDue } from "../lib/menu/sync-schedule"
import { archiDeliveryService } from "../modules/archidelivery"
import { runMenuAvailabilitySync } from "../workflows/menu/sync-menu-availability"

/**
 * The light availability sync, every `availability.syncEveryMinutes` (the
 * job ticks each minute; a schedule cannot read the plugin's options).
 */
export default async function archiDeliverySyncMenuAvailabilityJob(
  container: MedusaContainer
) {
  const options = archiDeliveryService(container).getOptions()
  if (
    options.queue.jobsEnabled &&
    availabilitySyncDue(new Date(), options.availability.syncEveryMinutes)
  ) {
    await runMenuAvailabilitySync(container)
  }
}

export const config = {
  name: "archidelivery-sync-menu-availability",
  schedule: "* * * * *",
}
