import {
  readLinkPhone,
  requestedLink,
  type ClientLinkWrite,
  type LinkedBy,
} from "./client-link-patch"

/**
 * `always` re-links (admin), `changed` only when the phone differs from the
 * link's (customer events), `unlinked` only customers without a link (bulk).
 */
export type LinkRequestMode = "always" | "changed" | "unlinked"

export type ClientLinkRequestResult = {
  /** Customers whose link now waits in the queue. */
  pending: string[]
  /** Customers whose link failed at once (no or invalid phone). */
  failed: string[]
  skipped: string[]
}

export type LinkRequestCustomer = {
  id: string
  phone: string | null
  has_account: boolean
}

export type ClientLinkRequests = {
  customers: LinkRequestCustomer[]
  linked_by: LinkedBy
  mode: LinkRequestMode
  /** Only customers with an account (customer events). */
  registered_only?: boolean
}

/** The customers a request may write a link for. */
export const requestableCustomers = <C extends LinkRequestCustomer>(
  customers: C[],
  registeredOnly?: boolean
) => customers.filter((c) => !registeredOnly || c.has_account)

/**
 * Decides whose link to (re)queue and with what: a `pending` row per
 * customer to link, or `failed` with the reason when the phone cannot be
 * used. `existing` holds the customers' current links.
 */
export function planClientLinkRequests(
  input: ClientLinkRequests,
  existing: {
    customer_id: string
    phone: string | null
    last_error: string | null
  }[],
  defaultCountry: string
): { writes: ClientLinkWrite[]; result: ClientLinkRequestResult } {
  const customers = requestableCustomers(input.customers, input.registered_only)
  const links = new Map(existing.map((l) => [l.customer_id, l]))
  const writes: ClientLinkWrite[] = []
  const result: ClientLinkRequestResult = {
    pending: [],
    failed: [],
    skipped: input.customers
      .filter((c) => !customers.includes(c))
      .map((c) => c.id),
  }
  for (const customer of customers) {
    const phone = readLinkPhone(customer.phone, defaultCountry)
    const patch = requestedLink(phone, input.linked_by)
    const link = links.get(customer.id)
    const skip =
      (!phone.raw && input.mode !== "always") ||
      (input.mode === "unlinked" && link) ||
      (input.mode === "changed" &&
        link &&
        link.phone === patch.phone &&
        (patch.phone !== null || link.last_error === patch.last_error))
    if (skip) {
      result.skipped.push(customer.id)
      continue
    }
    writes.push({ customer_id: customer.id, patch })
    result[phone.e164 ? "pending" : "failed"].push(customer.id)
  }
  return { writes, result }
}
