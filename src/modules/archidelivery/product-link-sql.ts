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

/** The columns a link-state read may filter by. */
const FILTER_COLUMNS = ["archidelivery_id", "group_key", "product_id"] as const

/** Which links to read: those matching any of the values of one column. */
export type LinkStateFilter = Partial<
  Record<(typeof FILTER_COLUMNS)[number], string[]>
>

/**
 * Links as plain rows of the compared columns, never as entities: an import
 * reads them a chunk at a time, and building entities cost more than the
 * query. Soft-deleted links are left out, as every list leaves them.
 */
export async function selectLinkStates(
  em: SqlEntityManager,
  filter: LinkStateFilter
): Promise<StoredLink[]> {
  // The column is written into the statement: only a known one is taken.
  const entries = Object.entries(filter ?? {})
  const [column, values] = entries[0] ?? []
  if (
    entries.length !== 1 ||
    !(FILTER_COLUMNS as readonly string[]).includes(column) ||
    !Array.isArray(values)
  ) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "filter: give exactly one of archidelivery_id, group_key, product_id"
    )
  }
  if (!values.length) {
    return []
  }
  return em.execute(
    `SELECT ${LINK_STATE_COLUMNS.join(", ")} FROM ${PRODUCT_LINK}
     WHERE deleted_at IS NULL AND ${column} IN (?)`,
    [values]
  )
}
