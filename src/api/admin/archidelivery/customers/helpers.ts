import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { ClientSummary } from "../../../../lib/customers/client-data"
import { archiDeliveryService } from "../../../../modules/archidelivery"
import type { ClientLinkDTO } from "../../../../modules/archidelivery/types"

/** A link row as the admin API shows it; no row reads as `unlinked`. */
export function serializeLink(customerId: string, link: ClientLinkDTO | null) {
  return {
    customer_id: customerId,
    archidelivery_client_id: link?.archidelivery_client_id ?? null,
    phone: link?.phone ?? null,
    linked_by: link?.linked_by ?? null,
    linked_at: link?.linked_at ?? null,
    ambiguous: link?.ambiguous ?? false,
    candidates: Array.isArray(link?.candidates)
      ? (link!.candidates as unknown[]).map(String)
      : [],
    status: link?.status ?? ("unlinked" as const),
    last_error: link?.last_error ?? null,
    attempts: link?.attempts ?? 0,
    next_attempt_at: link?.next_attempt_at ?? null,
  }
}

export async function findLink(
  scope: MedusaContainer,
  customerId: string
): Promise<ClientLinkDTO | null> {
  const [link] = await archiDeliveryService(scope).listClientLinks({
    customer_id: customerId,
  })
  return link ?? null
}

export async function assertCustomerExists(
  scope: MedusaContainer,
  customerId: string
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id"],
    filters: { id: customerId },
  })
  if (!data.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer with id: ${customerId} was not found`
    )
  }
}

/**
 * The full `customer_link` reply: the row, the client as ArchiDelivery holds
 * it (null with `client_error` when it cannot be read) and the other
 * customers linked to the same client.
 */
export async function customerLinkReply(
  scope: MedusaContainer,
  customerId: string
) {
  const service = archiDeliveryService(scope)
  const link = await findLink(scope, customerId)
  const clientId = link?.archidelivery_client_id
  let sharedWith: string[] = []
  let found = {
    client: null as ClientSummary | null,
    client_error: null as string | null,
  }
  if (clientId) {
    const others = await service.listClientLinks({
      archidelivery_client_id: clientId,
      status: "linked",
    })
    sharedWith = others
      .map((o) => o.customer_id)
      .filter((id) => id !== customerId)
    found = await service.describeArchiDeliveryClient(clientId)
  }
  return {
    customer_link: {
      ...serializeLink(customerId, link),
      shared_with: sharedWith,
      client: found.client,
      client_error: found.client_error,
    },
  }
}
