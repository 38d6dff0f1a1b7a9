import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { ProductLinkDTO } from "../../../../modules/archidelivery/types"
import { listPage } from "../list-page"
import { serializeProduct } from "./helpers"
import type { AdminListArchiProductsType } from "./validators"

const likeText = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** Imported products, filtered by approval, by "missing" and by a search on name or id. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListArchiProductsType>,
  res: MedusaResponse
) => {
  const { approved, missing, q, product_id, offset, limit } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (approved !== undefined) {
    filters.approved = approved
  }
  if (missing !== undefined) {
    filters.missing = missing
  }
  if (product_id) {
    filters.product_id = product_id
  }
  if (q) {
    filters.$or = [
      { imported_name: { $ilike: likeText(q) } },
      { archidelivery_id: { $ilike: likeText(q) } },
    ]
  }
  const { rows, count } = await listPage<ProductLinkDTO>(
    req,
    "archidelivery_product_link",
    filters,
    { imported_name: "ASC", id: "ASC" }
  )
  res.json({ products: rows.map(serializeProduct), count, offset, limit })
}
