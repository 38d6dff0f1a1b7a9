import { model } from "@medusajs/framework/utils"

export const PRODUCT_IMPORT_STATUSES = [
  "running",
  "completed",
  "failed",
] as const

/** One menu import started from the admin, and its report. */
export const ProductImport = model.define("archidelivery_product_import", {
  id: model.id({ prefix: "adimp" }).primaryKey(),
  status: model.enum([...PRODUCT_IMPORT_STATUSES]).default("running"),
  progress_done: model.number().default(0),
  progress_total: model.number().default(0),
  totals: model.json().nullable(),
  // One entry per row that was not a plain success.
  items: model.json().nullable(),
  error: model.text().nullable(),
  started_at: model.dateTime(),
  finished_at: model.dateTime().nullable(),
  started_by: model.text().nullable(),
})
