/** What a report line says happened to its row. */
export type ReportAction =
  | "invalid"
  | "skipped_unapproved"
  | "missing"
  | "adopted"
  | "recreated"
  | "no_variant"
  | "grouped"
  | "size_pending"

/** One line of an import report: a row that was not a plain success. */
export type ReportItem = {
  archidelivery_id: string | null
  name: string | null
  action: ReportAction
  product_id: string | null
  /** English, for logs and API clients; the admin words it from `code` and `params`. */
  message: string
  code?: ReportCode
  params?: Record<string, string | number>
}

/** Every reason a report line can give (the admin has a text for each). */
export const REPORT_CODES = [
  "row_not_object",
  "id_missing",
  "id_invalid",
  "name_empty",
  "name_invalid",
  "price_missing",
  "price_invalid",
  "price_negative",
  "weight_invalid",
  "duplicate_id",
  "recreated",
  "adopted",
  "unapproved_changes",
  "no_variant",
  "missing_since",
  "sizes_grouped",
  "size_pending",
] as const

export type ReportCode = (typeof REPORT_CODES)[number]

/** Why a line was reported: the English message and what the admin words it from. */
export type Reason = {
  message: string
  code: ReportCode
  params: Record<string, string | number>
}

export const reason = (
  code: ReportCode,
  params: Record<string, string | number>,
  message: string
): Reason => ({ code, params, message })

export type ImportTotals = {
  fetched: number
  created: number
  updated: number
  unchanged: number
  skipped_unapproved: number
  invalid: number
  missing: number
}

export const emptyTotals = (): ImportTotals => ({
  fetched: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  skipped_unapproved: 0,
  invalid: 0,
  missing: 0,
})

/** The totals one chunk of valid rows adds to. */
export type ChunkCounts = Pick<
  ImportTotals,
  "created" | "updated" | "unchanged" | "skipped_unapproved"
>

export const emptyChunkCounts = (): ChunkCounts => ({
  created: 0,
  updated: 0,
  unchanged: 0,
  skipped_unapproved: 0,
})

/** Adds a chunk's counts to a running sum, in place. */
export function addChunkCounts(sum: ChunkCounts, add: ChunkCounts): void {
  for (const key of Object.keys(sum) as (keyof ChunkCounts)[]) {
    sum[key] += add[key]
  }
}

export type ImportReport = { totals: ImportTotals; items: ReportItem[] }

/**
 * The report a finished run stores: invalid rows first, then what the chunks
 * reported, then the rows gone from the menu.
 */
export function importReport(
  menu: { fetched: number; invalid: ReportItem[] },
  chunks: { counts: ChunkCounts; report: ReportItem[] },
  missing: ReportItem[]
): ImportReport {
  const totals: ImportTotals = {
    ...emptyTotals(),
    ...chunks.counts,
    fetched: menu.fetched,
    invalid: menu.invalid.length,
    missing: missing.length,
  }
  return { totals, items: [...menu.invalid, ...chunks.report, ...missing] }
}
