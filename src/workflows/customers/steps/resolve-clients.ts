import { mapPool } from "../../../lib/shared/pool"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  isArchiDeliveryError,
  type ArchiDeliveryClient,
} from "../../../lib/archidelivery"
import { newClientParams } from "../../../lib/customers/client-data"
import {
  findClientByPhone,
  type ClientMatch,
} from "../../../lib/customers/client-match"
import type { ArchiDeliveryOptions } from "../../../lib/shared/options"
import { formatPhone, normalizePhone } from "../../../lib/customers/phone"
import { nextAttemptAt } from "../../../lib/orders/queue-policy"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type {
  ClientLinkClaimPatch,
  ClientLinkDTO,
} from "../../../modules/archidelivery/types"
import type { LinkCustomer } from "./load-link-customers"
import { invalidPhoneMessage, NO_PHONE_MESSAGE } from "./prepare-client-links"
import { errorMessage } from "../../../lib/shared/error-message"

export type ResolveClientsInput = {
  links: ClientLinkDTO[]
  customers: LinkCustomer[]
}

/** What one attempt decided for one claimed link. */
export type ClientLinkOutcome = {
  id: string
  customer_id: string
  patch: ClientLinkClaimPatch
}

export const resolveClientsStepId = "archidelivery-resolve-clients"

/**
 * Finds each claimed customer's ArchiDelivery client by phone and creates
 * one (`newclient`) when there is none. Writes nothing locally; the next step
 * stores the outcomes. There is no compensation: ArchiDelivery cannot delete
 * a client, and a retry finds a client created here by its phone first.
 */
export const resolveClientsStep = createStep(
  resolveClientsStepId,
  async (input: ResolveClientsInput, { container }) => {
    const service = archiDeliveryService(container)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const options = service.getOptions()
    const client = service.getClient()
    const customers = new Map(input.customers.map((c) => [c.id, c]))
    const outcomes = (await mapPool(
      input.links,
      options.queue.concurrency,
      async (link): Promise<ClientLinkOutcome> => {
        const patch = await resolveOne(
          client,
          options,
          link,
          customers.get(link.customer_id)
        )
        if (patch.status !== "linked") {
          logger.warn(
            `archidelivery: client link for customer ${link.customer_id} is ${patch.status}: ${patch.last_error}`
          )
        }
        return { id: link.id, customer_id: link.customer_id, patch }
      }
    )) as ClientLinkOutcome[]
    return new StepResponse(outcomes)
  }
)

async function resolveOne(
  client: ArchiDeliveryClient,
  options: ArchiDeliveryOptions,
  link: ClientLinkDTO,
  customer: LinkCustomer | undefined
): Promise<ClientLinkClaimPatch> {
  if (!customer) {
    return failed(null, "the customer no longer exists")
  }
  const raw = customer.phone?.trim() ?? ""
  const { defaultCountry } = options.phone
  const e164 = raw ? normalizePhone(raw, defaultCountry) : null
  if (!e164) {
    return failed(
      null,
      raw ? invalidPhoneMessage(raw, defaultCountry) : NO_PHONE_MESSAGE
    )
  }
  try {
    const match =
      (await findClientByPhone(client, e164, options.phone)) ??
      (await createClient(client, customer, e164, options.phone))
    return {
      status: "linked",
      archidelivery_client_id: match.clientId,
      phone: e164,
      linked_at: new Date(),
      ambiguous: match.ambiguous,
      candidates: match.candidates as unknown as ClientLinkDTO["candidates"],
      next_attempt_at: null,
      last_error: null,
    }
  } catch (e) {
    const message = errorMessage(e)
    if (
      isArchiDeliveryError(e) &&
      (e.kind === "rejected" || e.kind === "invalid_reply")
    ) {
      // ArchiDelivery's own words, verbatim: a retry would get the same answer.
      return failed(e164, message)
    }
    // The request may not have reached ArchiDelivery: keep the link queued.
    const kind = isArchiDeliveryError(e) ? `${e.method}: ${e.kind}` : "error"
    return {
      status: "pending",
      phone: e164,
      next_attempt_at: nextAttemptAt(link.attempts, {
        maxBackoffSeconds: options.queue.maxBackoffSeconds,
      }),
      last_error: `${kind}: ${message}`,
    }
  }
}

async function createClient(
  client: ArchiDeliveryClient,
  customer: LinkCustomer,
  e164: string,
  style: ArchiDeliveryOptions["phone"]
): Promise<ClientMatch> {
  const params = newClientParams({
    ...customer,
    phone: formatPhone(e164, style),
  })
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

function failed(phone: string | null, message: string): ClientLinkClaimPatch {
  return {
    status: "failed",
    archidelivery_client_id: null,
    phone,
    linked_at: null,
    ambiguous: false,
    candidates: null,
    next_attempt_at: null,
    last_error: message,
  }
}
