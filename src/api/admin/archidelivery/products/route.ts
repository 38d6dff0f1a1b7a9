import { archiDeliveryService } from "../../../../modules/archidelivery"
import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { serializeProduct } from "./helpers"
import type { AdminListArchiProductsType } from "./validators"

const likeText = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** Imported products, filtered by approval, by "missing" and by a search on name or id. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListArchiProductsType>,
  res: MedusaResponse
) => {
  const { approved, missing, q, offset, limit } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (approved !== undefined) {
    filters.approved = approved
  }
  if (missing !== undefined) {
    filters.missing = missing
  }
  if (q) {
    filters.$or = [
      { imported_name: { $ilike: likeText(q) } },
      { archidelivery_id: { $ilike: likeText(q) } },
    ]
  }
  const [links, count] = await archiDeliveryService(
    req.scope
  ).listAndCountProductLinks(filters, {
    skip: offset,
    take: limit,
    order: { imported_name: "ASC", id: "ASC" },
  })
  res.json({ products: links.map(serializeProduct), count, offset, limit })
}
