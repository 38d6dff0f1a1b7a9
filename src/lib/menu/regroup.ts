import { externalIdOf } from "./ids"
import type { MenuItem } from "./menu-row"
import type { NewProduct, NewSize } from "./product-input"
import { normalizeName, parseSizeSuffix, sizeOf } from "./sizes"

// The admin corrects grouping: rows merged into one product with a variant
// per row, a row split out into a product of its own, and products imported
// one per row (before sizes) grouped on request. Pure, no I/O.

/** A stored link as merging and splitting read it. */
export type SizeLink = {
  id: string
  archidelivery_id: string
  product_id: string | null
  variant_id: string | null
  approved: boolean
  imported_name: string
  imported_price: unknown
  imported_weight: number | null
  imported_group: string | null
  group_key?: string | null
  size_label?: string | null
  missing?: boolean
  menu_active?: boolean
}

/** A link's row as the import would have read it. */
export const itemOfLink = (l: SizeLink): MenuItem => ({
  archidelivery_id: l.archidelivery_id,
  name: l.imported_name,
  price: Number(l.imported_price),
  weight: l.imported_weight,
  group: l.imported_group,
  active: l.menu_active ?? true,
})

/** The size a row stands for: its stored label, else the one its name ends with, else its name. */
export const sizeLabelOfLink = (l: SizeLink) =>
  l.size_label ?? parseSizeSuffix(l.imported_name)?.label ?? l.imported_name

/** Why rows cannot be merged, or null. */
export function mergeProblem(
  links: SizeLink[],
  asked: string[]
): string | null {
  const found = new Set(links.map((l) => l.archidelivery_id))
  const unknown = asked.filter((id) => !found.has(id))
  if (unknown.length) {
    return `archidelivery_ids: not imported from ArchiDelivery: ${unknown.join(", ")}`
  }
  const unlinked = links.filter((l) => !l.product_id)
  if (unlinked.length) {
    return `archidelivery_ids: no product: ${unlinked.map((l) => l.archidelivery_id).join(", ")}`
  }
  if (new Set(links.map((l) => l.product_id)).size < 2) {
    return "archidelivery_ids: these rows are one product already"
  }
  const seen = new Map<string, string>()
  for (const l of links) {
    const label = normalizeName(sizeLabelOfLink(l))
    if (seen.has(label)) {
      return `archidelivery_ids: ${seen.get(label)} and ${l.archidelivery_id} are the same size "${sizeLabelOfLink(l)}"`
    }
    seen.set(label, l.archidelivery_id)
  }
  return null
}

/**
 * The links a merge takes: every row of each product the asked rows belong
 * to (a product is never left half merged), the first asked row first.
 */
export function mergeLinks(asked: string[], all: SizeLink[]): SizeLink[] {
  const order = new Map(asked.map((id, i) => [id, i]))
  return [...all].sort(
    (a, b) =>
      (order.get(a.archidelivery_id) ?? asked.length) -
        (order.get(b.archidelivery_id) ?? asked.length) ||
      a.archidelivery_id.localeCompare(b.archidelivery_id)
  )
}

/** The dish a merge makes: its name, group key and a size per row. */
export function mergedDish(
  links: SizeLink[],
  firstTitle: string | null
): { base: string; key: string; sizes: NewSize[] } {
  const [first] = links
  const parsed = sizeOf(itemOfLink(first), {
    grouping: "suffix",
    optionTitle: "",
  })
  return {
    base:
      parsed?.base ??
      (first.group_key ? firstTitle : null) ??
      first.imported_name,
    // A merged dish keeps its group; new sizes of it in the menu join it.
    key: first.group_key ?? parsed?.key ?? `manual:${first.archidelivery_id}`,
    sizes: links.map((l) => ({
      archidelivery_id: l.archidelivery_id,
      label: sizeLabelOfLink(l),
      price: Number(l.imported_price),
      weight: l.imported_weight,
    })),
  }
}

/** The new product of a merge, named apart from the products it replaces. */
export const mergedProduct = (
  links: SizeLink[],
  dish: { base: string; sizes: NewSize[] },
  optionTitle: string,
  stamp: string
): NewProduct => ({
  ...itemOfLink(links[0]),
  name: dish.base,
  weight: null,
  handle: `archidelivery-${links[0].archidelivery_id}-sizes-${stamp}`,
  external_id: externalIdOf(links[0].archidelivery_id),
  sizes: dish.sizes,
  size_option_title: optionTitle,
})

/** A product shown to customers: what a merged or split-out product copies. */
export type ShownProduct = {
  id: string
  title: string
  status: string
  description?: string | null
  thumbnail?: string | null
  images?: { url: string }[] | null
  categories?: { id: string }[] | null
  sales_channels?: { id: string }[] | null
  shipping_profile?: { id: string } | null
}

/** What the new product copies from the one it comes from, so nothing the admin added is lost. */
export const presentationOf = (p: ShownProduct) => ({
  description: p.description ?? undefined,
  thumbnail: p.thumbnail ?? undefined,
  images: (p.images ?? []).map((i) => ({ url: i.url })),
  category_ids: (p.categories ?? []).map((c) => c.id),
  sales_channels: (p.sales_channels ?? []).map((s) => ({ id: s.id })),
  ...(p.shipping_profile ? { shipping_profile_id: p.shipping_profile.id } : {}),
})

/** Each link with its variant on the new product (found by the size's title). */
export function relinkToProduct(
  links: SizeLink[],
  product: { id: string; variants?: { id: string; title?: string | null }[] },
  key: string,
  approved: boolean
) {
  return links.map((l) => {
    const label = sizeLabelOfLink(l)
    return {
      id: l.id,
      product_id: product.id,
      variant_id: product.variants?.find((v) => v.title === label)?.id ?? null,
      group_key: key,
      size_label: label,
      ...(approved
        ? {}
        : { approved: false, approved_at: null, approved_by: null }),
    }
  })
}

/** A dish whose sizes are products of their own, as the regroup action shows it. */
export type LegacyGroup = {
  dish: string
  group: string | null
  rows: { archidelivery_id: string; product_id: string; size: string }[]
}

/**
 * Products imported one per row (links with no group) that are sizes of one
 * dish by the suffix rule: two or more distinct sizes in one menu group.
 */
export function legacyGroups(links: SizeLink[]): LegacyGroup[] {
  const byKey = new Map<string, { dish: string; links: SizeLink[] }>()
  for (const l of links) {
    if (l.group_key || !l.product_id) {
      continue
    }
    const size = sizeOf(itemOfLink(l), { grouping: "suffix", optionTitle: "" })
    if (!size) {
      continue
    }
    const entry = byKey.get(size.key) ?? { dish: size.base, links: [] }
    entry.links.push(l)
    byKey.set(size.key, entry)
  }
  const groups: LegacyGroup[] = []
  for (const { dish, links: rows } of byKey.values()) {
    const labels = new Set<string>()
    const distinct = [...rows]
      .sort((a, b) => a.archidelivery_id.localeCompare(b.archidelivery_id))
      .filter((l) => {
        const label = normalizeName(sizeLabelOfLink(l))
        return labels.has(label) ? false : (labels.add(label), true)
      })
    if (new Set(distinct.map((l) => l.product_id)).size > 1) {
      groups.push({
        dish,
        group: distinct[0].imported_group,
        rows: distinct.map((l) => ({
          archidelivery_id: l.archidelivery_id,
          product_id: l.product_id!,
          size: sizeLabelOfLink(l),
        })),
      })
    }
  }
  return groups.sort((a, b) => a.dish.localeCompare(b.dish))
}
