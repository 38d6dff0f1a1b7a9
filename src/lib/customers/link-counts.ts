/** What one link pass (or a drain of passes) did. */
export type ClientLinkCounts = {
  attempted: number
  linked: number
  pending: number
  failed: number
  ambiguous: number
}

/** Counts the outcomes of `attempted` claimed links, from the rows as stored. */
export function countClientLinks(
  attempted: number,
  links: { status: string; ambiguous: boolean }[]
): ClientLinkCounts {
  return {
    attempted,
    linked: links.filter((l) => l.status === "linked").length,
    pending: links.filter((l) => l.status === "pending").length,
    failed: links.filter((l) => l.status === "failed").length,
    ambiguous: links.filter((l) => l.ambiguous).length,
  }
}

/** Adds `more` to `total`, in place. */
export function addClientLinkCounts(
  total: ClientLinkCounts,
  more: ClientLinkCounts
): void {
  total.attempted += more.attempted
  total.linked += more.linked
  total.pending += more.pending
  total.failed += more.failed
  total.ambiguous += more.ambiguous
}
