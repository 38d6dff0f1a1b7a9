import { externalIdOf } from "./ids"
import type { MenuItem } from "./menu-row"
import { sameAmount } from "./prices"

/** A stored link as the import compares it with the menu. */
export type LinkState = {
  id: string
  archidelivery_id: string
  product_id: string | null
  variant_id: string | null
  approved: boolean
  imported_name?: string
  imported_price?: number | string
  imported_weight?: number | null
  imported_group?: string | null
  missing?: boolean
  group_key?: string | null
  size_label?: string | null
}

/** A link row as the module lists it (the price may come as a big number). */
export type StoredLink = Omit<LinkState, "imported_price"> & {
  imported_price: unknown
}

export const toLinkState = (l: StoredLink): LinkState => ({
  id: l.id,
  archidelivery_id: l.archidelivery_id,
  product_id: l.product_id,
  variant_id: l.variant_id,
  approved: l.approved,
  imported_name: l.imported_name,
  imported_price: Number(l.imported_price),
  imported_weight: l.imported_weight,
  imported_group: l.imported_group,
  missing: l.missing,
  group_key: l.group_key ?? null,
  size_label: l.size_label ?? null,
})

/**
 * The link row a menu row ends with; product_id null = the product created
 * for it. Links already saying what the menu says are not written again.
 */
export type LinkWrite = {
  link_id: string | null
  archidelivery_id: string
  product_id: string | null
  variant_id: string | null
  /** A different product now stands behind the link: approval starts over. */
  reset_approval: boolean
  imported_name: string
  imported_price: number
  imported_weight: number | null
  imported_group: string | null
  group_key: string | null
  size_label: string | null
  /** The external_id of the product created for it, when that is not the row's own. */
  created_external_id?: string
}

/** What dish a row is a size of: its link's, else what the menu says. */
const sizeFields = (link: LinkState | undefined) =>
  link
    ? { group_key: link.group_key ?? null, size_label: link.size_label ?? null }
    : { group_key: null, size_label: null }

export const linkWrite = (
  item: MenuItem,
  link: LinkState | undefined,
  product: { id: string } | null,
  variantId: string | null,
  reset: boolean,
  size: { group_key: string | null; size_label: string | null } = sizeFields(
    link
  )
): LinkWrite => ({
  link_id: link?.id ?? null,
  archidelivery_id: item.archidelivery_id,
  product_id: product?.id ?? null,
  variant_id: variantId,
  reset_approval: reset,
  imported_name: item.name,
  imported_price: item.price,
  imported_weight: item.weight,
  imported_group: item.group,
  ...size,
})

/** The link already holds these values (and is not flagged missing). */
export const isCurrentLink = (link: LinkState, w: LinkWrite) =>
  link.product_id === w.product_id &&
  link.variant_id === w.variant_id &&
  link.imported_name === w.imported_name &&
  link.imported_price !== undefined &&
  sameAmount(Number(link.imported_price), w.imported_price) &&
  (link.imported_weight ?? null) === w.imported_weight &&
  (link.imported_group ?? null) === w.imported_group &&
  (link.group_key ?? null) === w.group_key &&
  (link.size_label ?? null) === w.size_label &&
  !link.missing

/** A link write whose product is known by now. */
export type ProductLinkUpsert = Omit<LinkWrite, "product_id"> & {
  product_id: string
}

/** A product `createProductsWorkflow` returned. */
export type CreatedProduct = {
  id: string
  external_id: string | null
  variants?: { id: string; title?: string | null }[]
}

/** Fills in the products just created for the links that waited for them. */
export function linksWithCreated(
  links: LinkWrite[],
  created: CreatedProduct[]
): ProductLinkUpsert[] {
  const byExternal = new Map(created.map((p) => [p.external_id, p]))
  return links.map((l): ProductLinkUpsert => {
    if (l.product_id) {
      return l as ProductLinkUpsert
    }
    const product = byExternal.get(
      l.created_external_id ?? externalIdOf(l.archidelivery_id)
    )!
    // A size's variant is the one titled with its label.
    const variant = l.size_label
      ? product.variants?.find((v) => v.title === l.size_label)
      : product.variants?.[0]
    return { ...l, product_id: product.id, variant_id: variant?.id ?? null }
  })
}

/** The columns a link write stores: it is back in the menu, imported `now`. */
export const linkValues = (l: ProductLinkUpsert, now: Date) => ({
  product_id: l.product_id,
  variant_id: l.variant_id,
  imported_name: l.imported_name,
  imported_price: l.imported_price,
  imported_weight: l.imported_weight,
  imported_group: l.imported_group,
  group_key: l.group_key,
  size_label: l.size_label,
  imported_at: now,
  missing: false,
  missing_since: null,
  ...(l.reset_approval
    ? { approved: false, approved_at: null, approved_by: null }
    : {}),
})

/** Every column a link write may change, so compensation can put it back. */
export const LINK_RESTORED_FIELDS = [
  "product_id",
  "variant_id",
  "approved",
  "approved_at",
  "approved_by",
  "imported_name",
  "imported_price",
  "imported_weight",
  "imported_group",
  "group_key",
  "size_label",
  "imported_at",
  "missing",
  "missing_since",
] as const

type RestoredField = (typeof LINK_RESTORED_FIELDS)[number]

/** A stored link's restorable columns, as an update puts them back. */
export const linkSnapshot = <
  T extends { id: string } & Record<RestoredField, unknown>,
>(
  l: T
) =>
  ({
    id: l.id,
    ...Object.fromEntries(LINK_RESTORED_FIELDS.map((f) => [f, l[f]])),
  }) as Pick<T, "id" | RestoredField>
