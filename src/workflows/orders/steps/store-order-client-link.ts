import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  linkIsFree,
  orderClientLinkValues,
} from "../../../lib/orders/order-client"
import { errorMessage } from "../../../lib/shared/error-message"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type { ClientLinkDTO } from "../../../modules/archidelivery/types"
import type { FoundOrderClient } from "./resolve-order-client"

export type StoreOrderClientLinkInput = {
  /** The client the order's phone found; nothing is stored without one. */
  found?: FoundOrderClient | null
  client_link: ClientLinkDTO | null
}

type Compensation =
  { created?: string; previous?: ClientLinkDTO; client_id?: string } | undefined

export const storeOrderClientLinkStepId =
  "archidelivery-store-order-client-link"

/** Links the customer to the client their order's phone found, unless a look-up holds the link. */
export const storeOrderClientLinkStep = createStep(
  storeOrderClientLinkStepId,
  async (input: StoreOrderClientLinkInput, { container }) => {
    const found = input.found
    if (!found) {
      return new StepResponse(undefined, undefined as Compensation)
    }
    const service = archiDeliveryService(container)
    const link = input.client_link
    const values = orderClientLinkValues(found.match, found.phone, new Date())
    const compensation: Compensation = { client_id: found.match.clientId }
    try {
      if (!link) {
        const created = await service.createClientLinks({
          customer_id: found.customer_id,
          ...values,
        })
        compensation.created = created.id
      } else if (linkIsFree(link, Date.now())) {
        compensation.previous = link
        await service.updateClientLinks({ id: link.id, ...values })
      }
      // Another customer on the same client flags both, as the customer links do.
      await service.refreshClientLinkAmbiguity([found.match.clientId])
    } catch (e) {
      // Only logged: the order goes to the client found all the same. Another
      // push of the same customer stored the link first; its id is as good.
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(
          `archidelivery: client link for ${found.customer_id} not stored: ${errorMessage(e)}`
        )
    }
    return new StepResponse(undefined, compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = archiDeliveryService(container)
    if (compensation.created) {
      await service.deleteClientLinks(compensation.created)
    }
    const prev = compensation.previous
    if (prev) {
      await service.updateClientLinks({
        id: prev.id,
        archidelivery_client_id: prev.archidelivery_client_id,
        phone: prev.phone,
        status: prev.status,
        linked_by: prev.linked_by,
        linked_at: prev.linked_at,
        ambiguous: prev.ambiguous,
        candidates: prev.candidates as Record<string, unknown> | null,
        next_attempt_at: prev.next_attempt_at,
        last_error: prev.last_error,
      })
    }
    const ids = [compensation.client_id, prev?.archidelivery_client_id].filter(
      Boolean
    ) as string[]
    await service.refreshClientLinkAmbiguity(ids)
  }
)
