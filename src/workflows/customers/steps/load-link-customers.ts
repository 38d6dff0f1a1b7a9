import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CustomerAddressInput } from "../../../lib/customers/client-data"

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

export type LoadLinkCustomersInput = {
  customer_ids: string[]
  /** Throw NOT_FOUND when one of them does not exist (admin routes). */
  must_exist?: boolean
}

type AddressRow = CustomerAddressInput & {
  is_default_shipping?: boolean | null
  is_default_billing?: boolean | null
}

export const loadLinkCustomersStepId = "archidelivery-load-link-customers"

/** Reads the customers to link; an empty id list reads nothing. */
export const loadLinkCustomersStep = createStep(
  loadLinkCustomersStepId,
  async (input: LoadLinkCustomersInput, { container }) => {
    const ids = [...new Set(input.customer_ids ?? [])]
    if (!ids.length) {
      return new StepResponse([] as LinkCustomer[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: [
        "id",
        "email",
        "phone",
        "first_name",
        "last_name",
        "has_account",
        "addresses.*",
      ],
      filters: { id: ids },
    })
    if (input.must_exist) {
      const found = new Set(data.map((c: { id: string }) => c.id))
      const missing = ids.find((id) => !found.has(id))
      if (missing) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Customer with id: ${missing} was not found`
        )
      }
    }
    return new StepResponse(data.map(toLinkCustomer))
  }
)

function toLinkCustomer(c: any): LinkCustomer {
  const addresses: AddressRow[] = (c.addresses ?? []).filter(Boolean)
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
