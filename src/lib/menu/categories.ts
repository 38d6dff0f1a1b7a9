import { categoryHandleOf } from "./ids"

/** A product category as the import matches menu groups against it. */
export type CategoryRef = { id: string; name: string; handle: string }

// A category stands for a menu group by name, or by the handle made from it.
const standsFor = (c: { name: string; handle: string }, group: string) =>
  c.name === group || c.handle === categoryHandleOf(group)

/** The groups of the products to create, each once. */
export const menuGroups = (products: { group: string | null }[]) => [
  ...new Set(products.flatMap((p) => (p.group ? [p.group] : []))),
]

/**
 * The groups of the menu rows whose ids are not in `held` (the rows a live
 * product holds): those whose dishes an import may create, so the ones
 * whose categories it makes up front.
 */
export const newMenuGroups = (
  items: { archidelivery_id: string; group: string | null }[],
  held: ReadonlySet<string>
) => menuGroups(items.filter((i) => !held.has(i.archidelivery_id)))

/** The groups none of `categories` stands for. */
export const groupsWithoutCategory = (
  groups: string[],
  categories: CategoryRef[]
) => groups.filter((g) => !categories.some((c) => standsFor(c, g)))

/** What `createProductCategoriesWorkflow` gets for the groups no category stands for. */
export const categoriesToCreate = (groups: string[], found: CategoryRef[]) =>
  groupsWithoutCategory(groups, found).map((name) => ({
    name,
    handle: categoryHandleOf(name),
    is_active: true,
  }))

export const categoryIdOf = (
  categories: CategoryRef[],
  group: string | null
): string | null =>
  group ? (categories.find((c) => standsFor(c, group))?.id ?? null) : null
