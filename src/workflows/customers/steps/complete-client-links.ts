import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type { ClientLinkDTO } from "../../../modules/archidelivery/types"
import { restorable } from "./prepare-client-links"
import type { ClientLinkOutcome } from "./resolve-clients"

export type CompleteClientLinksInput = {
  owner: string
  /** The links as claimed: what a compensation puts back. */
  links: ClientLinkDTO[]
  outcomes: ClientLinkOutcome[]
}

type Compensation = { previous: ClientLinkDTO[]; clientIds: string[] }

export const completeClientLinksStepId = "archidelivery-complete-client-links"

/**
 * Stores each outcome while the claim is still ours (a link re-requested
 * meanwhile is left to its new request), then flags links that share a
 * client with another customer as ambiguous.
 */
export const completeClientLinksStep = createStep(
  completeClientLinksStepId,
  async (input: CompleteClientLinksInput, { container }) => {
    const service = archiDeliveryService(container)
    const claimed = new Map(input.links.map((l) => [l.id, l]))
    const stored: ClientLinkDTO[] = []
    const previous: ClientLinkDTO[] = []
    for (const outcome of input.outcomes) {
      const row = await service.completeClientLinkClaim(
        outcome.id,
        input.owner,
        outcome.patch
      )
      if (row) {
        stored.push(row)
        previous.push(claimed.get(outcome.id)!)
      }
    }
    const clientIds = clientIdsOf([...stored, ...previous])
    await service.refreshClientLinkAmbiguity(clientIds)
    const fresh = stored.length
      ? ((await service.listClientLinks({
          id: stored.map((r) => r.id),
        })) as unknown as ClientLinkDTO[])
      : []
    const compensation: Compensation = { previous, clientIds }
    return new StepResponse(fresh, compensation)
  },
  async (compensation, { container }) => {
    if (!compensation?.previous.length) {
      return
    }
    const service = archiDeliveryService(container)
    for (const link of compensation.previous) {
      await service.updateClientLinks(restorable(link))
    }
    await service.refreshClientLinkAmbiguity(compensation.clientIds)
  }
)

export const clientIdsOf = (
  links: { archidelivery_client_id: string | null }[]
) => [
  ...new Set(
    links
      .map((l) => l.archidelivery_client_id)
      .filter((id): id is string => !!id)
  ),
]
