import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  findClientByPhone,
  type ClientMatch,
} from "../../../lib/customers/client-match"
import type { PayloadOrder } from "../../../lib/orders/order-payload"
import {
  byName,
  clientAfterFailedLookup,
  clientLookupFailure,
  orderClientChoice,
  uselessLookupCount,
  type PushClient,
} from "../../../lib/orders/order-client"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type { ClientLinkDTO } from "../../../modules/archidelivery/types"

export type ResolveOrderClientInput = {
  order: PayloadOrder | null
  client_link: ClientLinkDTO | null
  /** The queue row: its earlier useless look-ups count towards the limit. */
  order_sync?: { id: string; point_id?: string | null }
}

/** A client the order's phone found, for the customer's link. */
export type FoundOrderClient = {
  customer_id: string
  phone: string
  match: ClientMatch
}

export type ResolvedOrderClient = PushClient & {
  /** Found by phone now: the next step links the customer to it. */
  found?: FoundOrderClient
}

export const resolveOrderClientStepId = "archidelivery-resolve-order-client"

/** Chooses the client an order goes to (orderClientChoice), by phone when unlinked; writes nothing. */
export const resolveOrderClientStep = createStep(
  resolveOrderClientStepId,
  async (input: ResolveOrderClientInput, { container }) => {
    const service = archiDeliveryService(container)
    const { phone, queue } = service.getOptions()
    // Client links hold the main server's client ids: a point with its own
    // server gets the order by name and phone, and no link is learnt there.
    if (service.hasOwnServer(input.order_sync?.point_id)) {
      return new StepResponse<ResolvedOrderClient>(byName())
    }
    const choice = orderClientChoice(
      input.order,
      input.client_link,
      phone.defaultCountry
    )
    if ("client" in choice) {
      return new StepResponse<ResolvedOrderClient>(choice.client)
    }
    try {
      const client = service.getClient()
      const match = await service.withRequestSlot(() =>
        findClientByPhone(client, choice.lookUp.phone, phone)
      )
      return new StepResponse<ResolvedOrderClient>(
        match
          ? {
              ...byName(),
              client_id: match.clientId,
              found: { ...choice.lookUp, match },
            }
          : byName()
      )
    } catch (e) {
      const failure = clientLookupFailure(e)
      const earlier =
        failure.answered && input.order_sync
          ? await service.listOrderAttempts(
              { order_sync_id: input.order_sync.id, outcome: "unreachable" },
              { select: ["message"], take: 1000 }
            )
          : []
      return new StepResponse<ResolvedOrderClient>(
        clientAfterFailedLookup(
          failure,
          uselessLookupCount(earlier),
          queue.lookupMaxWaits
        )
      )
    }
  }
)
