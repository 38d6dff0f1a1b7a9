import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ClientLinkWrite } from "../../../lib/customers/client-link-patch"
import type { LinkCustomer } from "../../../lib/customers/link-customer"
import { resolveClientLink } from "../../../lib/customers/resolve-client-link"
import { mapPool } from "../../../lib/shared/pool"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type { ClientLinkDTO } from "../../../modules/archidelivery/types"

export type ResolveClientsInput = {
  links: ClientLinkDTO[]
  customers: LinkCustomer[]
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
    const outcomes = await mapPool(
      input.links,
      options.queue.concurrency,
      async (link): Promise<ClientLinkWrite> => {
        const customer = customers.get(link.customer_id)
        const patch = await resolveClientLink(client, options, link, customer)
        if (patch.status !== "linked") {
          logger.warn(
            `archidelivery: client link for customer ${link.customer_id} is ${patch.status}: ${patch.last_error}`
          )
        }
        return { customer_id: link.customer_id, patch }
      }
    )
    return new StepResponse(outcomes as ClientLinkWrite[])
  }
)
