import {
  isArchiDeliveryError,
  type ArchiDeliveryClient,
  type NewClientParams,
} from "../archidelivery"
import { nextAttemptAt } from "../orders/queue-policy"
import { errorMessage } from "../shared/error-message"
import type { ArchiDeliveryOptions } from "../shared/options"
import { newClientParams } from "./client-data"
import {
  failedOutcome,
  linkedOutcome,
  pendingOutcome,
  readLinkPhone,
  type ClientLinkPatch,
} from "./client-link-patch"
import { findClientByPhone, type ClientMatch } from "./client-match"
import type { LinkCustomer } from "./link-customer"
import { formatPhone, type PhoneStyle } from "./phone"

/** The ArchiDelivery calls linking makes. */
export type LinkingClient = Pick<
  ArchiDeliveryClient,
  "getClientByPhone" | "newClient"
>

export type LinkingOptions = {
  phone: ArchiDeliveryOptions["phone"]
  queue: Pick<ArchiDeliveryOptions["queue"], "maxBackoffSeconds">
}

/** `newclient` parameters for a customer, the phone in the outgoing style. */
export function newClientParamsFor(
  customer: LinkCustomer,
  e164: string,
  style: PhoneStyle
): NewClientParams {
  return newClientParams({ ...customer, phone: formatPhone(e164, style) })
}

/**
 * One attempt for one claimed link: finds the customer's client by phone,
 * creates one (`newclient`) when there is none, and says what to store.
 * Refusals fail the link; anything that may not have reached ArchiDelivery
 * keeps it pending until `nextAttemptAt`.
 */
export async function resolveClientLink(
  client: LinkingClient,
  options: LinkingOptions,
  link: { attempts: number },
  customer: LinkCustomer | undefined
): Promise<ClientLinkPatch> {
  if (!customer) {
    return failedOutcome(null, "the customer no longer exists")
  }
  const phone = readLinkPhone(customer.phone, options.phone.defaultCountry)
  if (phone.e164 === null) {
    return failedOutcome(null, phone.error)
  }
  const e164 = phone.e164
  try {
    const match =
      (await findClientByPhone(client, e164, options.phone)) ??
      (await createClient(client, customer, e164, options.phone))
    return linkedOutcome(match, e164)
  } catch (e) {
    const message = errorMessage(e)
    if (
      isArchiDeliveryError(e) &&
      (e.kind === "rejected" || e.kind === "invalid_reply")
    ) {
      // ArchiDelivery's own words, verbatim: a retry would get the same answer.
      return failedOutcome(e164, message)
    }
    // The request may not have reached ArchiDelivery: keep the link queued.
    const kind = isArchiDeliveryError(e) ? `${e.method}: ${e.kind}` : "error"
    const next = nextAttemptAt(link.attempts, {
      maxBackoffSeconds: options.queue.maxBackoffSeconds,
    })
    return pendingOutcome(e164, `${kind}: ${message}`, next)
  }
}

async function createClient(
  client: LinkingClient,
  customer: LinkCustomer,
  e164: string,
  style: PhoneStyle
): Promise<ClientMatch> {
  const params = newClientParamsFor(customer, e164, style)
  try {
    const { clientId } = await client.newClient(params)
    return {
      clientId,
      ambiguous: false,
      candidates: [clientId],
      matchedForm: params.phone,
    }
  } catch (e) {
    if (isArchiDeliveryError(e) && e.kind === "unknown_outcome") {
      // newclient may have created the client: look before creating another.
      const created = await findClientByPhone(client, e164, style)
      if (created) {
        return created
      }
    }
    throw e
  }
}
