import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  firstMissingId,
  LINK_CUSTOMER_FIELDS,
  toLinkCustomer,
  type CustomerRow,
  type LinkCustomer,
} from "../../../lib/customers/link-customer"

export type LoadLinkCustomersInput = {
  customer_ids: string[]
  /** Throw NOT_FOUND when one of them does not exist (admin routes). */
  must_exist?: boolean
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
      fields: LINK_CUSTOMER_FIELDS,
      filters: { id: ids },
    })
    const missing = input.must_exist ? firstMissingId(ids, data) : undefined
    if (missing) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer with id: ${missing} was not found`
      )
    }
    return new StepResponse((data as CustomerRow[]).map(toLinkCustomer))
  }
)
