import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizePhone } from "../../../lib/customers/phone"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type { ClientLinkDTO } from "../../../modules/archidelivery/types"
import { clientIdsOf } from "./complete-client-links"
import type { LinkCustomer } from "./load-link-customers"
import { restorable, type LinkedBy } from "./prepare-client-links"

export type SetClientLinkInput = {
  customer: LinkCustomer
  archidelivery_client_id: string
  linked_by: LinkedBy
}

type Compensation = {
  created?: string
  previous?: ClientLinkDTO
  clientIds: string[]
}

export const setClientLinkStepId = "archidelivery-set-client-link"

/**
 * Links a customer to a client a person chose: `linked` at once, any claim
 * in flight dropped. The choice settles a shared phone, so the candidates are
 * cleared; sharing the client with another customer still flags it.
 */
export const setClientLinkStep = createStep(
  setClientLinkStepId,
  async (input: SetClientLinkInput, { container }) => {
    const service = archiDeliveryService(container)
    const { defaultCountry } = service.getOptions().phone
    const [link] = (await service.listClientLinks({
      customer_id: input.customer.id,
    })) as unknown as ClientLinkDTO[]
    const values = {
      status: "linked" as const,
      archidelivery_client_id: input.archidelivery_client_id,
      phone: normalizePhone(input.customer.phone, defaultCountry),
      linked_by: input.linked_by,
      linked_at: new Date(),
      ambiguous: false,
      candidates: null,
      attempts: 0,
      next_attempt_at: null,
      lease_until: null,
      lease_owner: null,
      last_error: null,
    }
    const compensation: Compensation = { clientIds: [] }
    let id: string
    if (link) {
      compensation.previous = link
      await service.updateClientLinks({ id: link.id, ...values })
      id = link.id
    } else {
      const created = await service.createClientLinks({
        customer_id: input.customer.id,
        ...values,
      })
      compensation.created = created.id
      id = created.id
    }
    compensation.clientIds = clientIdsOf([values, ...(link ? [link] : [])])
    await service.refreshClientLinkAmbiguity(compensation.clientIds)
    const stored = await service.retrieveClientLink(id)
    return new StepResponse(stored, compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = archiDeliveryService(container)
    if (compensation.created) {
      await service.deleteClientLinks(compensation.created)
    }
    if (compensation.previous) {
      await service.updateClientLinks(restorable(compensation.previous))
    }
    await service.refreshClientLinkAmbiguity(compensation.clientIds)
  }
)
