import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type { ClientLinkDTO } from "../../../modules/archidelivery/types"
import { newLeaseOwner } from "../../../lib/shared/lease-owner"

export type ClaimClientLinksInput = {
  /** Only these customers' links (a customer event, the admin); else any due link. */
  customer_ids?: string[]
  /** Most links in one claim; default `queue.batchSize`. */
  limit?: number
}

export type ClientLinkClaim = { owner: string; links: ClientLinkDTO[] }

export const claimClientLinksStepId = "archidelivery-claim-client-links"

/**
 * Takes due `pending` links under a lease, so the minute job, a customer
 * event and the admin never work on one link at the same time.
 */
export const claimClientLinksStep = createStep(
  claimClientLinksStepId,
  async (input: ClaimClientLinksInput, { container }) => {
    const service = archiDeliveryService(container)
    const owner = newLeaseOwner()
    const limit = input.limit ?? service.getOptions().queue.batchSize
    const links = input.customer_ids
      ? await service.claimDueClientLinksOfCustomers(input.customer_ids, {
          owner,
        })
      : await service.claimDueClientLinks({ limit, owner })
    const claim: ClientLinkClaim = { owner, links }
    return new StepResponse(claim, claim)
  },
  async (claim, { container }) => {
    if (!claim?.links.length) {
      return
    }
    const service = archiDeliveryService(container)
    // An empty patch only lets go of the lease; the row stays as it was.
    for (const link of claim.links) {
      await service.completeClientLinkClaim(link.id, claim.owner, {})
    }
  }
)
