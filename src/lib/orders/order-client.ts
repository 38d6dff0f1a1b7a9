import type { ArchiExchange } from "../archidelivery"
import type { ClientMatch } from "../customers/client-match"
import { attemptFrom, type AttemptRecord } from "./attempts"
import { orderPhone, type PayloadOrder } from "./order-payload"
import { classifyLookupError } from "./queue-policy"

/*
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

/** The client an order goes to, as the push chose it. */
export type PushClient = {
  /** type 1 with this id; null: type 0 by name and phone */
  client_id: string | null
  /** The look-up could not be made (connection, timeout): send nothing now. */
  wait: AttemptRecord | null
  /** Said in the attempt log (a refused look-up sent by name). */
  note: string | null
}

/** Starts the message of a look-up the server answered uselessly (5xx, timeout, unreadable). */
export const NO_USABLE_ANSWER = "no usable answer"

/** By name and phone (type 0), nothing to wait for or say. */
export const byName = (): PushClient => ({
  client_id: null,
  wait: null,
  note: null,
})

/** A customer's link as the choice reads it. */
export type OrderClientLink = {
  status: string
  archidelivery_client_id: string | null
}

/**
 * The client an order goes to without asking ArchiDelivery, or the
 * customer and phone to look it up by.
 */
export function orderClientChoice(
  order: PayloadOrder | null,
  link: OrderClientLink | null,
  defaultCountry: string
): { client: PushClient } | { lookUp: { customer_id: string; phone: string } } {
  const customer = order?.customer
  if (!order || !customer?.id || !customer.has_account) {
    return { client: byName() }
  }
  if (link?.status === "linked" && link.archidelivery_client_id) {
    return { client: { ...byName(), client_id: link.archidelivery_client_id } }
  }
  const { e164 } = orderPhone(order, defaultCountry)
  if (!e164) {
    // The payload names the missing phone; nothing to look up.
    return { client: byName() }
  }
  return { lookUp: { customer_id: customer.id, phone: e164 } }
}

/** A client look-up that threw, judged; errors of our own are rethrown. */
export type ClientLookupFailure = ReturnType<typeof classifyLookupError> & {
  /** The server answered, uselessly or with a refusal. */
  answered: boolean
  exchange?: ArchiExchange
}

export function clientLookupFailure(error: unknown): ClientLookupFailure {
  const judged = classifyLookupError(error)
  return {
    ...judged,
    answered: judged.kind !== "unreachable",
    exchange: (error as { exchange?: ArchiExchange }).exchange,
  }
}

/** How many earlier client look-ups of a row the server answered uselessly. */
export const uselessLookupCount = (attempts: { message: string | null }[]) =>
  attempts.filter((a) =>
    a.message?.startsWith(`client look-up: ${NO_USABLE_ANSWER}`)
  ).length

/**
 * The client after a failed look-up: wait for one that could not be made,
 * until `lookupMaxWaits` useless answers; then, as after a refusal, by name.
 */
export function clientAfterFailedLookup(
  failure: ClientLookupFailure,
  useless: number,
  lookupMaxWaits: number
): PushClient {
  const waitedEnough = failure.answered && useless + 1 >= lookupMaxWaits
  if (failure.decision === "wait" && !waitedEnough) {
    const message = failure.answered
      ? `${NO_USABLE_ANSWER}: ${failure.message}`
      : failure.message
    return {
      ...byName(),
      wait: attemptFrom(failure.kind, message, failure.exchange),
    }
  }
  return {
    ...byName(),
    note:
      failure.decision === "wait"
        ? `client look-up got ${NO_USABLE_ANSWER} ${useless + 1} times (${failure.message}); sent by name`
        : `client look-up refused (${failure.message}); sent by name`,
  }
}

/** The columns of the link an order's look-up stores. */
export function orderClientLinkValues(
  match: ClientMatch,
  phone: string,
  now: Date
) {
  return {
    archidelivery_client_id: match.clientId,
    phone,
    status: "linked" as const,
    linked_by: "order",
    linked_at: now,
    ambiguous: match.ambiguous,
    candidates: match.candidates as unknown as Record<string, unknown>,
    next_attempt_at: null,
    last_error: null,
  }
}

/** A pending link nobody is working on: an order's look-up may settle it. */
export const linkIsFree = (
  link: { lease_until: Date | string | null },
  now: number
) => !link.lease_until || new Date(link.lease_until).getTime() < now
