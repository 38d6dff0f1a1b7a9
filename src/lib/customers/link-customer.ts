import type { CustomerAddressInput } from "./client-data"

/** What linking needs to know about a customer. */
export type LinkCustomer = {
  id: string
  email: string | null
  phone: string | null
  first_name: string | null
  last_name: string | null
  has_account: boolean
  /** The default shipping address, else the default billing one, else the first. */
  address: CustomerAddressInput | null
}

/** The customer fields `toLinkCustomer` reads (`query.graph`). */
export const LINK_CUSTOMER_FIELDS = [
  "id",
  "email",
  "phone",
  "first_name",
  "last_name",
  "has_account",
  "addresses.*",
]

type AddressRow = CustomerAddressInput & {
  is_default_shipping?: boolean | null
  is_default_billing?: boolean | null
}

/** A customer as `query.graph` returns it, read loosely. */
export type CustomerRow = {
  id: string
  email?: string | null
  phone?: string | null
  first_name?: string | null
  last_name?: string | null
  has_account?: boolean | null
  addresses?: (AddressRow | null)[] | null
}

export function toLinkCustomer(c: CustomerRow): LinkCustomer {
  const addresses = (c.addresses ?? []).filter((a): a is AddressRow => !!a)
  const address =
    addresses.find((a) => a.is_default_shipping) ??
    addresses.find((a) => a.is_default_billing) ??
    addresses[0] ??
    null
  return {
    id: c.id,
    email: c.email ?? null,
    phone: c.phone ?? null,
    first_name: c.first_name ?? null,
    last_name: c.last_name ?? null,
    has_account: !!c.has_account,
    address: address
      ? {
          address_1: address.address_1 ?? null,
          address_2: address.address_2 ?? null,
          city: address.city ?? null,
          metadata: address.metadata ?? null,
        }
      : null,
  }
}

/** The first id of `ids` that `found` lacks, if any. */
export function firstMissingId(
  ids: string[],
  found: { id: string }[]
): string | undefined {
  const seen = new Set(found.map((c) => c.id))
  return ids.find((id) => !seen.has(id))
}
