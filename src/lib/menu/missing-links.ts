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

// Past this many ids a "not in" list is left out of the query (a statement
// takes at most 65,535 parameters); `missingChanges` filters either way.
const MAX_LISTED_IDS = 30_000

/**
 * The link filters that find every link `missingChanges` may change, and no
 * others: unflagged links not in the menu, and flagged ones that are (in
 * slices of `slice` ids).
 */
export function missingCandidateFilters(
  seenIds: string[],
  slice = 5_000
): { gone: Record<string, unknown>; back: Record<string, unknown>[] } {
  const gone =
    seenIds.length && seenIds.length <= MAX_LISTED_IDS
      ? { missing: false, archidelivery_id: { $nin: seenIds } }
      : { missing: false }
  const back: Record<string, unknown>[] = []
  for (let i = 0; i < seenIds.length; i += slice) {
    back.push({ missing: true, archidelivery_id: seenIds.slice(i, i + slice) })
  }
  return { gone, back }
}
