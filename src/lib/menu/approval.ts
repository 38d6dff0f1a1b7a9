// Approval decides whether later imports may change a product; it never
// publishes one.

type ApprovalLink = {
  id: string
  product_id: string | null
  approved: boolean
  approved_at: Date | null
  approved_by: string | null
}

/** The requested ids that no link holds: not imported from ArchiDelivery. */
export function unknownProductIds(
  ids: string[],
  links: { product_id: string | null }[]
): string[] {
  const known = new Set(links.map((l) => l.product_id))
  return ids.filter((id) => !known.has(id))
}

/** Links that change; approving again keeps the first approval's who and when. */
export const linksToChange = <T extends ApprovalLink>(
  links: T[],
  approved: boolean
): T[] => links.filter((l) => l.approved !== approved)

/** The columns an approval (who and when) or its withdrawal writes. */
export const approvalPatch = (
  approved: boolean,
  actorId: string | null,
  now: Date
) =>
  approved
    ? { approved: true, approved_at: now, approved_by: actorId }
    : { approved: false, approved_at: null, approved_by: null }

/** A link's approval as it was, for compensation. */
export type ApprovalSnapshot = Omit<ApprovalLink, "product_id">

export const approvalSnapshot = (l: ApprovalLink): ApprovalSnapshot => ({
  id: l.id,
  approved: l.approved,
  approved_at: l.approved_at,
  approved_by: l.approved_by,
})

/** Sorts links in place into the order their product ids were asked for. */
export function inRequestOrder<T extends { product_id: string | null }>(
  links: T[],
  ids: string[]
): T[] {
  const order = new Map(ids.map((id, i) => [id, i]))
  return links.sort(
    (a, b) => order.get(a.product_id!)! - order.get(b.product_id!)!
  )
}
