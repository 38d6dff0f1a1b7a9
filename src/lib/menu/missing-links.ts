import type { ReportItem } from "./report"

// A link whose row is gone from the menu is flagged, never deleted: the
// product stays as it is, and the report keeps saying since when.

type FlaggedLink = {
  id: string
  archidelivery_id: string
  missing: boolean
  missing_since: Date | null
}

/** What one run changes: links to flag, and flagged links whose row is back. */
export type MissingChanges = {
  gone: string[]
  back: { id: string; missing_since: Date | null }[]
}

/** Rows that came back count whether they are valid or not: `seenIds` is every id the menu names. */
export function missingChanges(
  links: FlaggedLink[],
  seenIds: string[]
): MissingChanges {
  const seen = new Set(seenIds)
  return {
    gone: links
      .filter((l) => !l.missing && !seen.has(l.archidelivery_id))
      .map((l) => l.id),
    back: links
      .filter((l) => l.missing && seen.has(l.archidelivery_id))
      .map((l) => ({ id: l.id, missing_since: l.missing_since })),
  }
}

const dayOf = (d: Date | string) => new Date(d).toISOString().slice(0, 10)

/** One report line per missing link; `now` stands in for a link flagged without a date. */
export function missingReport(
  links: {
    archidelivery_id: string
    imported_name: string
    product_id: string | null
    missing_since: Date | string | null
  }[],
  now: Date | string
): ReportItem[] {
  return links.map((l) => ({
    archidelivery_id: l.archidelivery_id,
    name: l.imported_name,
    action: "missing",
    product_id: l.product_id,
    message: `not in the menu since ${dayOf(l.missing_since ?? now)}`,
    code: "missing_since",
    params: { since: dayOf(l.missing_since ?? now) },
  }))
}
