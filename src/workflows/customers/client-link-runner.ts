import type { MedusaContainer } from "@medusajs/framework/types"
import {
  addClientLinkCounts,
  countClientLinks,
} from "../../lib/customers/link-counts"
import { archiDeliveryService } from "../../modules/archidelivery"
import { linkClientsWorkflow, type LinkClientsResult } from "./link-clients"
import {
  requestClientLinksWorkflow,
  type RequestClientLinksInput,
  type RequestClientLinksResult,
} from "./request-client-links"

/**
 * Queues the customers' links, then tries them at once. If the attempt
 * itself breaks, the rows stay `pending` for the minute job.
 */
export async function requestAndLinkClients(
  container: MedusaContainer,
  input: RequestClientLinksInput
): Promise<{
  request: RequestClientLinksResult
  link: LinkClientsResult | null
}> {
  const { result: request } = await requestClientLinksWorkflow(container).run({
    input,
  })
  if (!request.pending.length) {
    return { request, link: null }
  }
  const { result: link } = await linkClientsWorkflow(container).run({
    input: { customer_ids: request.pending },
  })
  return { request, link }
}

export type DrainClientLinksResult = Omit<LinkClientsResult, "links"> & {
  batches: number
}

/**
 * Runs the link workflow batch after batch until no due link is left (links
 * waiting for a later attempt are not due) or `maxBatches` ran.
 */
export async function drainClientLinks(
  container: MedusaContainer,
  opts: { maxBatches?: number } = {}
): Promise<DrainClientLinksResult> {
  const service = archiDeliveryService(container)
  const limit = service.getOptions().queue.batchSize
  const total: DrainClientLinksResult = {
    ...countClientLinks(0, []),
    batches: 0,
  }
  while (total.batches < (opts.maxBatches ?? 10)) {
    const { result } = await linkClientsWorkflow(container).run({
      input: { limit },
    })
    total.batches++
    if (!result.attempted) {
      break
    }
    addClientLinkCounts(total, result)
  }
  return total
}
