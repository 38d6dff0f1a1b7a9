import { adminSwitchOffHolds } from "../../../../lib/menu/availability"
import type {
  ProductImportDTO,
  ProductLinkDTO,
} from "../../../../modules/archidelivery/types"

/** One imported product as the admin lists it: what ArchiDelivery last said. */
export const serializeProduct = (l: ProductLinkDTO) => ({
  product_id: l.product_id,
  archidelivery_id: l.archidelivery_id,
  approved: l.approved,
  approved_at: l.approved_at,
  approved_by: l.approved_by,
  name: l.imported_name,
  price: Number(l.imported_price),
  weight: l.imported_weight,
  group: l.imported_group,
  imported_at: l.imported_at,
  missing: l.missing,
  missing_since: l.missing_since,
  variant_id: l.variant_id,
  // A size of a dish: its label; rows sharing product_id are one product.
  size: l.size_label ?? null,
  group_key: l.group_key ?? null,
  ...availabilityColumns(l),
})

/**
 * The dish's availability parts: ArchiDelivery's flag and an admin's
 * switch-off while it holds (one that has ended reads as none).
 */
const availabilityColumns = (l: Partial<ProductLinkDTO>) => {
  const off = adminSwitchOffHolds(l, new Date())
  return {
    menu_active: l.menu_active ?? true,
    admin_unavailable: off,
    unavailable_until: off ? (l.unavailable_until ?? null) : null,
  }
}

/** An import run; the list leaves the per-row report out. */
export const serializeImport = (r: ProductImportDTO, withItems = true) => ({
  id: r.id,
  status: r.status,
  progress: { done: r.progress_done, total: r.progress_total },
  totals: r.totals,
  ...(withItems ? { items: r.items ?? [] } : {}),
  error: r.error,
  started_at: r.started_at,
  finished_at: r.finished_at,
  started_by: r.started_by,
})
