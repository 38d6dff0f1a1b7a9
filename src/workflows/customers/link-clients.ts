import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  countClientLinks,
  type ClientLinkCounts,
} from "../../lib/customers/link-counts"
import type { ClientLinkDTO } from "../../modules/archidelivery/types"
import {
  claimClientLinksStep,
  type ClaimClientLinksInput,
} from "./steps/claim-client-links"
import { loadLinkCustomersStep } from "./steps/load-link-customers"
import { resolveClientsStep } from "./steps/resolve-clients"
import { writeClientLinksStep } from "./steps/write-client-links"

export type LinkClientsInput = ClaimClientLinksInput

export type LinkClientsResult = ClientLinkCounts & { links: ClientLinkDTO[] }

export const linkClientsWorkflowId = "archidelivery-link-clients"

/**
 * One pass over due `pending` links: claim, find or create each client in
 * ArchiDelivery, store the outcomes. Connection failures leave a link
 * `pending` with its next attempt time; refusals make it `failed`.
 */
export const linkClientsWorkflow = createWorkflow(
  linkClientsWorkflowId,
  (input: LinkClientsInput) => {
    const claim = claimClientLinksStep(input)
    const customerIds = transform({ claim }, ({ claim }) =>
      claim.links.map((l) => l.customer_id)
    )
    const customers = loadLinkCustomersStep({ customer_ids: customerIds })
    const outcomes = resolveClientsStep({ links: claim.links, customers })
    // Flags links that share a client with another customer as ambiguous.
    const links = writeClientLinksStep({
      writes: outcomes,
      claim,
      refresh_ambiguity: true,
    })
    const result = transform(
      { claim, links },
      ({ claim, links }): LinkClientsResult => ({
        ...countClientLinks(claim.links.length, links),
        links,
      })
    )
    return new WorkflowResponse(result)
  }
)
