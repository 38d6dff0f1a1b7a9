import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"
import { clientIdsOf } from "../../../lib/customers/client-link-patch"

export type RemoveClientLinksInput = { customer_ids: string[] }

type Compensation = { ids: string[]; clientIds: string[] }

export const removeClientLinksStepId = "archidelivery-remove-client-links"

/**
 * Unlinks customers (soft delete, so a compensation can restore the rows) and
 * clears the shared-client flag of whoever kept that client.
 */
export const removeClientLinksStep = createStep(
  removeClientLinksStepId,
  async (input: RemoveClientLinksInput, { container }) => {
    const service = archiDeliveryService(container)
    const links = input.customer_ids.length
      ? await service.listClientLinks({ customer_id: input.customer_ids })
      : []
    const compensation: Compensation = {
      ids: links.map((l) => l.id),
      clientIds: clientIdsOf(links),
    }
    if (compensation.ids.length) {
      await service.softDeleteClientLinks(compensation.ids)
      await service.refreshClientLinkAmbiguity(compensation.clientIds)
    }
    return new StepResponse(compensation.ids, compensation)
  },
  async (compensation, { container }) => {
    if (!compensation?.ids.length) {
      return
    }
    const service = archiDeliveryService(container)
    await service.restoreClientLinks(compensation.ids)
    await service.refreshClientLinkAmbiguity(compensation.clientIds)
  }
)
