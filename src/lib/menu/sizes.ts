import type { ProductChunkState } from "./chunk-state"
import type { MenuItem } from "./menu-row"

// Sizes: ArchiDelivery keeps each size of a dish as its own row ("Маргарита
// 30 см", "Маргарита 40 см"); rows that are sizes of one dish become one
// product with a variant per row. Pure, no I/O.

/** `suffix` reads the size from the end of the name, `field` groups by a row field. */
export type SizeGrouping = "suffix" | "field" | "off"

export type SizeOptions = {
  grouping: SizeGrouping
  /** The row field naming the dish a row is a size of (`field` mode). */
  groupField?: string
  /** The title of the product option that holds the sizes. */
  optionTitle: string
}

/** What a row is a size of: its group key, the dish's name, the size's label. */
export type SizeInfo = { key: string; base: string; label: string }

// Units a size is written in at the end of a name: Ukrainian/Russian and Latin.
const UNITS: Record<string, string> = {
  см: "см",
  cm: "cm",
  мм: "мм",
  mm: "mm",
  л: "л",
  l: "l",
  мл: "мл",
  ml: "ml",
  г: "г",
  гр: "г",
  g: "g",
  кг: "кг",
  kg: "kg",
  шт: "шт",
  pcs: "pcs",
  pc: "pcs",
}

// "… 30 см", "… 30см", "… 0,5 л", "… 0.5 l", "… (8 шт.)", "…, 250 г": the
// number stands apart from the name by a space, a comma, a dash or a bracket.
const SIZE_SUFFIX = new RegExp(
  `^(.*[^\\s,/–—(-])(?:\\s*[,/–—-]\\s+|\\s+|\\s*\\(\\s*)(\\d+(?:[.,]\\d+)?)\\s*(${Object.keys(
    UNITS
  )
    .sort((a, b) => b.length - a.length)
    .join("|")})\\.?\\s*\\)?$`,
  "iu"
)

/** The dish's name and the size's label written at the end of a name, or null. */
export function parseSizeSuffix(
  name: string
): { base: string; label: string } | null {
  const m = SIZE_SUFFIX.exec(name.trim())
  if (!m) {
    return null
  }
  return { base: m[1].trim(), label: `${m[2]} ${UNITS[m[3].toLowerCase()]}` }
}

/** The form names are compared in: case, spaces and quotes do not count. */
export const normalizeName = (s: string) =>
  s
    .toLowerCase()
    .replace(/[«»"'`’ʼ“”„]/gu, "")
    .replace(/\s+/gu, " ")
    .trim()

/** What group a row belongs to under the options, or null for a plain row. */
export function sizeOf(item: MenuItem, opts: SizeOptions): SizeInfo | null {
  if (opts.grouping === "off") {
    return null
  }
  const parsed = parseSizeSuffix(item.name)
  const category = normalizeName(item.group ?? "")
  if (opts.grouping === "field") {
    const value = item.size_group ?? null
    if (value === null) {
      return null
    }
    return {
      key: `field:${category}:${normalizeName(value)}`,
      base: parsed?.base ?? item.name,
      label: parsed?.label ?? item.name,
    }
  }
  if (!parsed) {
    return null
  }
  return {
    key: `suffix:${category}:${normalizeName(parsed.base)}`,
    base: parsed.base,
    label: parsed.label,
  }
}

/** Each row with what it is a size of (null when it is a plain product). */
export const withSizes = (items: MenuItem[], opts: SizeOptions): MenuItem[] =>
  items.map((i) => ({ ...i, size: sizeOf(i, opts) }))

/**
 * Chunks that never split a group: a group's rows travel with its first row,
 * so one chunk sees every size of a dish. A chunk may exceed `size` by the
 * rest of a group.
 */
export function chunkByGroup(items: MenuItem[], size: number): MenuItem[][] {
  const groups = new Map<string, MenuItem[]>()
  const units: MenuItem[][] = []
  for (const item of items) {
    const key = item.size?.key
    if (!key) {
      units.push([item])
      continue
    }
    const group = groups.get(key)
    if (group) {
      group.push(item)
    } else {
      const fresh = [item]
      groups.set(key, fresh)
      units.push(fresh)
    }
  }
  const out: MenuItem[][] = []
  let current: MenuItem[] = []
  for (const unit of units) {
    if (current.length && current.length + unit.length > size) {
      out.push(current)
      current = []
    }
    current.push(...unit)
  }
  if (current.length) {
    out.push(current)
  }
  return out
}

/** A dish's name from a row's name and its size label ("Маргарита 30 см" → "Маргарита"). */
export function baseOfName(name: string, label: string | null): string {
  const parsed = parseSizeSuffix(name)
  if (
    parsed &&
    (!label || normalizeName(parsed.label) === normalizeName(label))
  ) {
    return parsed.base
  }
  return name
}

/** What a chunk does with the rows that are sizes of a dish. */
export type SizesPlan = {
  /** New dishes: one product, a variant per row (at least two sizes). */
  create: { key: string; base: string; items: MenuItem[] }[]
  /** New sizes of a dish already in the shop: linked, no variant yet. */
  pending: { item: MenuItem; product: { id: string } }[]
  /** Rows planned here; the rest are planned one product per row. */
  handled: Set<string>
}

/**
 * Groups the chunk's new rows (`isNew`: no link, nothing to adopt) by dish. A
 * dish whose product exists (a link holds its key) gets its new sizes as
 * pending; two or more new sizes of a new dish make one product; a lone row,
 * or a second row with a size the dish already has, stays a plain product.
 * Rows already linked one per row are never regrouped here.
 */
export function planSizes(
  items: MenuItem[],
  state: ProductChunkState,
  isNew: (item: MenuItem) => boolean
): SizesPlan {
  const live = new Set(state.products.map((p) => p.id))
  const productOf = new Map<string, string>()
  const labels = new Map<string, Set<string>>()
  for (const l of state.links) {
    if (l.group_key && l.product_id && live.has(l.product_id)) {
      productOf.set(l.group_key, l.product_id)
      const taken = labels.get(l.group_key) ?? new Set<string>()
      taken.add(normalizeName(l.size_label ?? ""))
      labels.set(l.group_key, taken)
    }
  }
  const byKey = new Map<string, MenuItem[]>()
  for (const item of items) {
    if (item.size && isNew(item)) {
      byKey.set(item.size.key, [...(byKey.get(item.size.key) ?? []), item])
    }
  }
  const plan: SizesPlan = { create: [], pending: [], handled: new Set() }
  for (const [key, rows] of byKey) {
    const taken = labels.get(key) ?? new Set<string>()
    const distinct = rows.filter((r) => {
      const label = normalizeName(r.size!.label)
      if (taken.has(label)) {
        return false
      }
      taken.add(label)
      return true
    })
    const product = productOf.get(key)
    if (product) {
      for (const item of distinct) {
        plan.pending.push({ item, product: { id: product } })
        plan.handled.add(item.archidelivery_id)
      }
    } else if (distinct.length > 1) {
      plan.create.push({ key, base: distinct[0].size!.base, items: distinct })
      distinct.forEach((i) => plan.handled.add(i.archidelivery_id))
    }
  }
  return plan
}
