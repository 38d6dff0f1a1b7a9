import { archiDeliveryService } from "../../../../modules/archidelivery"
import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { serializeLink } from "./helpers"
import type { AdminListCustomerLinksType } from "./validators"

/** Links for the settings page, newest change first, with their customers. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListCustomerLinksType>,
  res: MedusaResponse
) => {
  const { status, ambiguous, offset, limit } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (status) {
    filters.status = status
  }
  if (ambiguous !== undefined) {
    filters.ambiguous = ambiguous
  }
  const [links, count] = await archiDeliveryService(
    req.scope
  ).listAndCountClientLinks(filters, {
    skip: offset,
    take: limit,
    order: { updated_at: "DESC", id: "ASC" },
  })
  const customers = new Map<string, Record<string, unknown>>()
  if (links.length) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name", "phone"],
      filters: { id: links.map((l) => l.customer_id) },
    })
    for (const c of data) {
      customers.set(c.id, c)
    }
  }
  res.json({
    customer_links: links.map((link) => ({
      ...serializeLink(link.customer_id, link as any),
      customer: customers.get(link.customer_id) ?? null,
    })),
    count,
    offset,
    limit,
  })
}
