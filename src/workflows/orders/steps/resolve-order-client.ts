import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findClientByPhone } from "../../../lib/customers/client-match"
import { errorMessage } from "../../../lib/shared/error-message"
import {
  orderPhone,
  type PayloadOrder,
} from "../../../lib/orders/order-payload"
import { classifyLookupError } from "../../../lib/orders/queue-policy"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type ArchiDeliveryModuleService from "../../../modules/archidelivery/service"
import type { ClientLinkDTO } from "../../../modules/archidelivery/types"
import { attemptFrom, type AttemptRecord } from "../../../lib/orders/attempts"

export type ResolveOrderClientInput = {
  order: PayloadOrder | null
  client_link: ClientLinkDTO | null
  /** The queue row: its earlier useless look-ups count towards the limit. */
  order_sync?: { id: string }
}

/** Starts the message of a look-up the server answered uselessly (5xx, timeout, unreadable). */
export const NO_USABLE_ANSWER = "no usable answer"

export type ResolvedOrderClient = {
  /** type 1 with this id; null: type 0 by name and phone */
  client_id: string | null
  /** The look-up could not be made (connection, timeout): send nothing now. */
  wait: AttemptRecord | null
  /** Said in the attempt log (a refused look-up sent by name). */
  note: string | null
}

type Compensation =
  { created?: string; previous?: ClientLinkDTO; client_id?: string } | undefined

export const resolveOrderClientStepId = "archidelivery-resolve-order-client"

/** Earlier client look-ups of this row that the server answered uselessly. */
async function uselessLookups(
  service: ArchiDeliveryModuleService,
  orderSyncId: string
): Promise<number> {
  const attempts = await service.listOrderAttempts(
    { order_sync_id: orderSyncId, outcome: "unreachable" },
    { select: ["message"], take: 1000 }
  )
  const prefix = `client look-up: ${NO_USABLE_ANSWER}`
  return attempts.filter((a) => a.message?.startsWith(prefix)).length
}

/**
 * Which ArchiDelivery client an order goes to. A registered customer
 * (`customer.has_account`) uses their linked ClientLink; without one the
 * client is looked up by the order's phone and the link stored
 * (`linked_by: "order"`; several clients → the lowest id, `ambiguous`).
 * Guests and phones ArchiDelivery does not know go by name (type 0), and
 * ArchiDelivery files the client itself. A refused look-up also goes by name
 * (the kitchen gets the order); a look-up that could not be made waits, but
 * after `queue.lookupMaxWaits` useless answers (5xx, timeout, unreadable)
 * the order goes by name and phone too, as a guest's would.
 */
export const resolveOrderClientStep = createStep(
  resolveOrderClientStepId,
  async (input: ResolveOrderClientInput, { container }) => {
    const none: ResolvedOrderClient = {
      client_id: null,
      wait: null,
      note: null,
    }
    const order = input.order
    const customer = order?.customer
    if (!order || !customer?.id || !customer.has_account) {
      return new StepResponse(none, undefined as Compensation)
    }
    const link = input.client_link
    if (link?.status === "linked" && link.archidelivery_client_id) {
      return new StepResponse(
        { ...none, client_id: link.archidelivery_client_id },
        undefined as Compensation
      )
    }
    const service = archiDeliveryService(container)
    const options = service.getOptions()
    const { e164 } = orderPhone(order, options.phone.defaultCountry)
    if (!e164) {
      // The payload names the missing phone; nothing to look up.
      return new StepResponse(none, undefined as Compensation)
    }
    let match
    try {
      match = await findClientByPhone(service.getClient(), e164, options.phone)
    } catch (e) {
      const judged = classifyLookupError(e)
      const exchange = (e as { exchange?: never }).exchange
      const answered = judged.kind !== "unreachable"
      const useless =
        answered && input.order_sync
          ? await uselessLookups(service, input.order_sync.id)
          : 0
      if (
        judged.decision === "wait" &&
        !(answered && useless + 1 >= options.queue.lookupMaxWaits)
      ) {
        const message = answered
          ? `${NO_USABLE_ANSWER}: ${judged.message}`
          : judged.message
        return new StepResponse(
          { ...none, wait: attemptFrom(judged.kind, message, exchange) },
          undefined as Compensation
        )
      }
      if (judged.decision === "wait") {
        return new StepResponse(
          {
            ...none,
            note: `client look-up got ${NO_USABLE_ANSWER} ${useless + 1} times (${judged.message}); sent by name`,
          },
          undefined as Compensation
        )
      }
      return new StepResponse(
        {
          ...none,
          note: `client look-up refused (${judged.message}); sent by name`,
        },
        undefined as Compensation
      )
    }
    if (!match) {
      return new StepResponse(none, undefined as Compensation)
    }
    const values = {
      archidelivery_client_id: match.clientId,
      phone: e164,
      status: "linked" as const,
      linked_by: "order",
      linked_at: new Date(),
      ambiguous: match.ambiguous,
      candidates: match.candidates as unknown as Record<string, unknown>,
      next_attempt_at: null,
      last_error: null,
    }
    const compensation: Compensation = { client_id: match.clientId }
    try {
      if (!link) {
        const created = await service.createClientLinks({
          customer_id: customer.id,
          ...values,
        })
        compensation.created = created.id
      } else if (
        !link.lease_until ||
        new Date(link.lease_until).getTime() < Date.now()
      ) {
        // A pending link nobody is working on: this look-up settles it.
        compensation.previous = link
        await service.updateClientLinks({ id: link.id, ...values })
      }
      // Another customer on the same client flags both, as the customer links do.
      await service.refreshClientLinkAmbiguity([match.clientId])
    } catch (e) {
      // Another push of the same customer stored the link first; its id is as good.
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(
          `archidelivery: client link for ${customer.id} not stored: ${errorMessage(e)}`
        )
    }
    return new StepResponse(
      { ...none, client_id: match.clientId },
      compensation
    )
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
