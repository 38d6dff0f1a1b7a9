/** The menu row fields the admin list shows (see serializeProduct). */
export const PRODUCT_LINK_FIELDS = [
  "id",
  "product_id",
  "archidelivery_id",
  "approved",
  "approved_at",
  "approved_by",
  "imported_name",
  "imported_price",
  "imported_weight",
  "imported_group",
  "imported_at",
  "missing",
  "missing_since",
  "variant_id",
  "group_key",
  "size_label",
  "menu_active",
  "admin_unavailable",
  "unavailable_until",
]

/** An import run's fields without its per-row report, which only the run itself shows. */
export const PRODUCT_IMPORT_LIST_FIELDS = [
  "id",
  "status",
  "progress_done",
  "progress_total",
  "totals",
  "error",
  "started_at",
  "finished_at",
  "started_by",
]

export const listProductLinksQueryConfig = {
  defaults: PRODUCT_LINK_FIELDS,
  allowed: PRODUCT_LINK_FIELDS,
  isList: true,
}

export const listProductImportsQueryConfig = {
  defaults: PRODUCT_IMPORT_LIST_FIELDS,
  allowed: PRODUCT_IMPORT_LIST_FIELDS,
  isList: true,
}
