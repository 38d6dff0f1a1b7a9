import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  clientIdsOf,
  restorable,
  type ClientLinkWrite,
} from "../../../lib/customers/client-link-patch"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type { ClientLinkDTO } from "../../../modules/archidelivery/types"

export type WriteClientLinksInput = {
  writes: ClientLinkWrite[]
  /**
   * Compare-and-set: write only the links this claim still holds (one
   * re-requested since is left to its new request). Without it, each
   * customer's link is created or overwritten.
   */
  claim?: { owner: string; links: ClientLinkDTO[] }
  /** Recompute the shared-client flag of the clients written to and from. */
  refresh_ambiguity?: boolean
}

type Undo = {
  created: string[]
  previous: ClientLinkDTO[]
  clientIds?: string[]
}

export const writeClientLinksStepId = "archidelivery-write-client-links"

/**
 * The one writer of client-link values; returns the rows as stored. Its
 * compensation deletes the rows it created and puts back those it changed.
 */
export const writeClientLinksStep = createStep(
  writeClientLinksStepId,
  async (input: WriteClientLinksInput, { container }) => {
    const service = archiDeliveryService(container)
    const claimed = new Map(input.claim?.links.map((l) => [l.customer_id, l]))
    const undo: Undo = { created: [], previous: [] }
    const stored: ClientLinkDTO[] = []
    for (const { customer_id, patch } of input.writes) {
      if (input.claim) {
        const previous = claimed.get(customer_id)!
        const row = await service.completeClientLinkClaim(
          previous.id,
          input.claim.owner,
          patch
        )
        if (row) {
          stored.push(row)
          undo.previous.push(previous)
        }
        continue
      }
      const { link, previous } = await service.setClientLink(customer_id, patch)
      stored.push(link)
      previous ? undo.previous.push(previous) : undo.created.push(link.id)
    }
    if (input.refresh_ambiguity) {
      undo.clientIds = clientIdsOf([...stored, ...undo.previous])
      await service.refreshClientLinkAmbiguity(undo.clientIds)
    }
    const ids = stored.map((r) => r.id)
    const fresh = ids.length ? await service.listClientLinks({ id: ids }) : []
    return new StepResponse(fresh, undo)
  },
  async (undo, { container }) => {
    const service = archiDeliveryService(container)
    if (undo?.created.length) {
      await service.deleteClientLinks(undo.created)
    }
    for (const link of undo?.previous ?? []) {
      await service.updateClientLinks(restorable(link))
    }
    if (undo?.clientIds) {
      await service.refreshClientLinkAmbiguity(undo.clientIds)
    }
  }
)
