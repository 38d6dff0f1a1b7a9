import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { ClientLinkDTO } from "../../../../modules/archidelivery/types"
import { listPage } from "../list-page"
import { serializeLink } from "./helpers"
import type { AdminListCustomerLinksType } from "./validators"

type ListedLink = ClientLinkDTO & { customer?: Record<string, unknown> | null }

/** Links for the settings page, newest change first, with their customers. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListCustomerLinksType>,
  res: MedusaResponse
) => {
  const { status, ambiguous, offset, limit } = req.validatedQuery
  const { rows, count } = await listPage<ListedLink>(
    req,
    "archidelivery_client_link",
    {
      ...(status ? { status } : {}),
      ...(ambiguous === undefined ? {} : { ambiguous }),
    },
    { updated_at: "DESC", id: "ASC" }
  )
  res.json({
    customer_links: rows.map((link) => ({
      ...serializeLink(link.customer_id, link),
      // A customer deleted since is not found through the link.
      customer: link.customer ?? null,
    })),
    count,
    offset,
    limit,
  })
}
