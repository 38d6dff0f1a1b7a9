import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoredLink } from "../../lib/menu/product-links"

const PRODUCT_LINK = "archidelivery_product_link"

/** The columns the menu import compares a stored link by. */
const LINK_STATE_COLUMNS = [
  "id",
  "archidelivery_id",
  "product_id",
  "variant_id",
  "approved",
  "imported_name",
  "imported_price",
  "imported_weight",
  "imported_group",
  "missing",
  "group_key",
  "size_label",
] as const

/** Which links to read: those matching any of the values of one column. */
export type LinkStateFilter = {
  archidelivery_id?: string[]
  group_key?: string[]
  product_id?: string[]
}

/**
 * Links as plain rows of the compared columns, never as entities: an import
 * reads them a chunk at a time, and building entities cost more than the
 * query. Soft-deleted links are left out, as every list leaves them.
 */
export async function selectLinkStates(
  em: SqlEntityManager,
  filter: LinkStateFilter
): Promise<StoredLink[]> {
  const entries = Object.entries(filter).filter(
    (e): e is [keyof LinkStateFilter, string[]] => Array.isArray(e[1])
  )
  if (entries.length !== 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "filter: give exactly one of archidelivery_id, group_key, product_id"
    )
  }
  const [[column, values]] = entries
  if (!values.length) {
    return []
  }
  return em.execute(
    `SELECT ${LINK_STATE_COLUMNS.join(", ")} FROM ${PRODUCT_LINK}
     WHERE deleted_at IS NULL AND ${column} IN (?)`,
    [values]
  )
}
