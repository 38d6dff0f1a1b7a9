import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Row } from "../../../lib/archidelivery"
import type { PastAttempt } from "../../../lib/orders/attempts"
import {
  listUntilFound,
  proofCandidates,
  proofFacts,
  proofIsFresh,
  proveLookup,
  refusedListing,
  type ProofVerdict,
  type StoredProof,
} from "../../../lib/orders/lookup-proof"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type ArchiDeliveryModuleService from "../../../modules/archidelivery/service"
import type { PolledOrderStatus } from "../../../lib/orders/status-poll"

export type CheckOrderLookupInput = { polled: PolledOrderStatus[] }

/** A check of the point's lookup, for the next step to store; null when none was made. */
export type OrderLookupCheck = {
  point_id: string
  /** The point's proof before this check; null when none was stored. */
  current: StoredProof | null
  verdict: ProofVerdict
  archidelivery_order_id: string
  /** When it was checked (ms). */
  checked_at: number
} | null

export const checkOrderLookupStepId = "archidelivery-check-order-lookup"

/** The newest order just read that our own neworder sent, with that attempt. */
async function newestSentByUs(
  service: ArchiDeliveryModuleService,
  polled: PolledOrderStatus[]
) {
  // A person's resolve says nothing about the lookup.
  for (const order of proofCandidates(polled)) {
    const attempts = (await service.listOrderAttempts(
      { order_sync_id: order.id, outcome: "sent" },
      {
        select: ["outcome", "request", "reply"],
        order: { created_at: "DESC" },
        take: 5,
      }
    )) as unknown as PastAttempt[]
    const sent = attempts.find((a) => a.request?.method === "neworder")
    if (sent) {
      return { order, sent }
    }
  }
  return null
}

/** Checks on an order just read that reconciliation's lookup finds what we sent (proveLookup). */
export const checkOrderLookupStep = createStep(
  checkOrderLookupStepId,
  async (input: CheckOrderLookupInput, { container }) => {
    const service = archiDeliveryService(container)
    const options = service.getOptions()
    const pointId = options.pointId?.trim()
    const none = new StepResponse<OrderLookupCheck>(null)
    if (!pointId) {
      return none
    }
    const [current] = (await service.listLookupProofs({
      point_id: pointId,
    })) as StoredProof[]
    const now = Date.now()
    // A lost connection, a proof checked lately or no order we sent checks nothing.
    const found = proofIsFresh(current, now)
      ? null
      : await newestSentByUs(service, input.polled)
    if (!found) {
      return none
    }
    const { order, sent } = found
    const status = order.status!
    const archiOrderId = order.archidelivery_order_id
    let verdict: ProofVerdict | null
    try {
      verdict = proveLookup({
        archiOrderId,
        listedIds: await service.withRequestSlot(() =>
          listUntilFound(service.getClient(), pointId, {
            status,
            archidelivery_order_id: archiOrderId,
          })
        ),
        data: order.seen as Row | null,
        facts: proofFacts(
          order.display_id!,
          sent,
          options.phone.defaultCountry
        ),
        pointId,
        status,
      })
    } catch (e) {
      verdict = refusedListing(pointId, e)
    }
    return verdict
      ? new StepResponse<OrderLookupCheck>({
          point_id: pointId,
          current: current ?? null,
          verdict,
          archidelivery_order_id: archiOrderId,
          checked_at: now,
        })
      : none
  }
)
