import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizePhone } from "../../../lib/customers/phone"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type { ClientLinkDTO } from "../../../modules/archidelivery/types"
import type { LinkCustomer } from "./load-link-customers"

/** Who asked for a link: kept on the row as `linked_by`. */
export type LinkedBy = "order" | "customer" | "admin" | "bulk"

/**
 * `always` re-links (admin), `changed` only when the phone differs from the
 * link's (customer events), `unlinked` only customers without a link (bulk).
 */
export type LinkRequestMode = "always" | "changed" | "unlinked"

export type PrepareClientLinksInput = {
  customers: LinkCustomer[]
  linked_by: LinkedBy
  mode: LinkRequestMode
  /** Only customers with an account (customer events). */
  registered_only?: boolean
}

export type PrepareClientLinksResult = {
  /** Customers whose link now waits in the queue. */
  pending: string[]
  /** Customers whose link failed at once (no or invalid phone). */
  failed: string[]
  skipped: string[]
}

type Compensation = { created: string[]; previous: ClientLinkDTO[] }

export const invalidPhoneMessage = (raw: string, country: string) =>
  `invalid phone "${raw}": not a valid phone number (read with default country ${country}); nothing was sent to ArchiDelivery`

export const NO_PHONE_MESSAGE =
  "the customer has no phone number; ArchiDelivery finds clients by phone"

// A fresh request forgets the previous outcome and any claim in flight, so a
// worker still holding the old claim cannot overwrite it (its CAS fails).
const FRESH = {
  archidelivery_client_id: null,
  linked_at: null,
  ambiguous: false,
  candidates: null,
  attempts: 0,
  next_attempt_at: null,
  lease_until: null,
  lease_owner: null,
  last_error: null,
}

export const prepareClientLinksStepId = "archidelivery-prepare-client-links"

/**
 * The outbox half of linking: writes a `pending` row per customer to link
 * (or `failed` with the reason when the phone cannot be used), so nothing is
 * lost when ArchiDelivery is down. No request to ArchiDelivery here.
 */
export const prepareClientLinksStep = createStep(
  prepareClientLinksStepId,
  async (input: PrepareClientLinksInput, { container }) => {
    const service = archiDeliveryService(container)
    const { defaultCountry } = service.getOptions().phone
    const result: PrepareClientLinksResult = {
      pending: [],
      failed: [],
      skipped: [],
    }
    const compensation: Compensation = { created: [], previous: [] }
    const customers = input.customers.filter(
      (c) => !input.registered_only || c.has_account
    )
    result.skipped.push(
      ...input.customers.filter((c) => !customers.includes(c)).map((c) => c.id)
    )
    if (!customers.length) {
      return new StepResponse(result, compensation)
    }
    const existing = new Map(
      (
        await service.listClientLinks({
          customer_id: customers.map((c) => c.id),
        })
      ).map((l) => [l.customer_id, l as unknown as ClientLinkDTO])
    )

    for (const customer of customers) {
      const raw = customer.phone?.trim() ?? ""
      const link = existing.get(customer.id)
      const e164 = raw ? normalizePhone(raw, defaultCountry) : null
      const values = e164
        ? { ...FRESH, status: "pending" as const, phone: e164 }
        : {
            ...FRESH,
            status: "failed" as const,
            phone: null,
            last_error: raw
              ? invalidPhoneMessage(raw, defaultCountry)
              : NO_PHONE_MESSAGE,
          }
      const skip =
        (!raw && input.mode !== "always") ||
        (input.mode === "unlinked" && link) ||
        (input.mode === "changed" &&
          link &&
          link.phone === values.phone &&
          (values.phone !== null || link.last_error === values.last_error))
      if (skip) {
        result.skipped.push(customer.id)
        continue
      }
      const row = { ...values, linked_by: input.linked_by }
      if (link) {
        compensation.previous.push(link)
        await service.updateClientLinks({ id: link.id, ...row })
      } else {
        try {
          const created = await service.createClientLinks({
            customer_id: customer.id,
            ...row,
          })
          compensation.created.push(created.id)
        } catch (e) {
          // Another event for this customer created the row meanwhile
          // (unique customer_id): the newer request wins.
          const [raced] = await service.listClientLinks({
            customer_id: customer.id,
          })
          if (!raced) {
            throw e
          }
          compensation.previous.push(raced as unknown as ClientLinkDTO)
          await service.updateClientLinks({ id: raced.id, ...row })
        }
      }
      result[e164 ? "pending" : "failed"].push(customer.id)
    }
    return new StepResponse(result, compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = archiDeliveryService(container)
    if (compensation.created.length) {
      await service.deleteClientLinks(compensation.created)
    }
    for (const link of compensation.previous) {
      await service.updateClientLinks(restorable(link))
    }
  }
)

/** The columns a compensation puts back. */
export function restorable(link: ClientLinkDTO) {
  return {
    id: link.id,
    status: link.status,
    archidelivery_client_id: link.archidelivery_client_id,
    phone: link.phone,
    linked_by: link.linked_by,
    linked_at: link.linked_at,
    ambiguous: link.ambiguous,
    candidates: link.candidates as Record<string, unknown> | null,
    attempts: link.attempts,
    next_attempt_at: link.next_attempt_at,
    lease_until: link.lease_until,
    lease_owner: link.lease_owner,
    last_error: link.last_error,
  }
}
