import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { errorMessage } from "../../lib/shared/error-message"
import { archiDeliveryService } from "../../modules/archidelivery"
import type { OrderSyncDTO } from "../../modules/archidelivery/types"

/**
 * Renews the leases of the rows being pushed or reconciled, every third of a
 * lease while the work lasts, so a slow lookup does not lose its claim
 * halfway. `stop` ends the renewals.
 */
export function leaseHeartbeat(
  container: MedusaContainer,
  leaseSeconds: number
) {
  const service = archiDeliveryService(container)
  const inFlight = new Map<string, OrderSyncDTO>()
  const timer = setInterval(
    () => {
      if (inFlight.size) {
        service
          .extendOrderSyncClaims([...inFlight.values()], leaseSeconds)
          .catch((e) =>
            container
              .resolve(ContainerRegistrationKeys.LOGGER)
              .warn(
                `archidelivery: order leases not renewed: ${errorMessage(e)}`
              )
          )
      }
    },
    Math.max(1_000, (leaseSeconds * 1000) / 3)
  )
  timer.unref()
  return {
    /** Runs `work` on a row, its lease renewed until the work ends. */
    async hold<T>(row: OrderSyncDTO, work: () => Promise<T>): Promise<T> {
      inFlight.set(row.id, row)
      try {
        return await work()
      } finally {
        inFlight.delete(row.id)
      }
    },
    stop: () => clearInterval(timer),
  }
}
