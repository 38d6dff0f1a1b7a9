import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  chosenLink,
  readLinkPhone,
  type ClientLinkWrite,
  type LinkedBy,
} from "../../../lib/customers/client-link-patch"
import type { LinkCustomer } from "../../../lib/customers/link-customer"
import { archiDeliveryService } from "../../../modules/archidelivery"

export type ChooseClientLinkInput = {
  customer: LinkCustomer
  archidelivery_client_id: string
  linked_by: LinkedBy
}

export const chooseClientLinkStepId = "archidelivery-choose-client-link"

/** Builds the link to a client a person chose; writes nothing. */
export const chooseClientLinkStep = createStep(
  chooseClientLinkStepId,
  async (input: ChooseClientLinkInput, { container }) => {
    const { defaultCountry } =
      archiDeliveryService(container).getOptions().phone
    const phone = readLinkPhone(input.customer.phone, defaultCountry)
    const write: ClientLinkWrite = {
      customer_id: input.customer.id,
      patch: chosenLink(
        input.archidelivery_client_id,
        phone.e164,
        input.linked_by
      ),
    }
    return new StepResponse([write])
  }
)
