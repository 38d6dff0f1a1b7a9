import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OfferedGroup } from "../../lib/modifiers"

/** What a product's groups are read with: the attachment, the group and its options. */
export const PRODUCT_MODIFIER_GROUP_FIELDS = [
  "id",
  "product_id",
  "sort",
  "group.id",
  "group.name",
  "group.min",
  "group.max",
  "group.sort",
  "group.options.id",
  "group.options.name",
  "group.options.price",
  "group.options.modificator_id",
  "group.options.kind",
  "group.options.kind1",
  "group.options.ref",
  "group.options.default_quantity",
  "group.options.is_default",
  "group.options.sort",
]

type Row = {
  product_id: string
  sort: number
  group: (Omit<OfferedGroup, "options"> & { options?: any[] | null }) | null
}

const bySort = (a: { sort?: number | null }, b: { sort?: number | null }) =>
  (a.sort ?? 0) - (b.sort ?? 0)

/**
 * The groups offered with each product, in the product's order, their
 * options in the group's order: one Query for any number of products.
 */
export async function productModifierGroups(
  container: Pick<MedusaContainer, "resolve">,
  productIds: string[]
): Promise<Map<string, OfferedGroup[]>> {
  const out = new Map<string, OfferedGroup[]>()
  if (!productIds.length) {
    return out
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "archidelivery_product_modifier_group",
    fields: PRODUCT_MODIFIER_GROUP_FIELDS,
    filters: { product_id: productIds },
  })
  for (const row of [...(data as Row[])].sort(bySort)) {
    if (!row.group) {
      continue
    }
    const group: OfferedGroup = {
      ...row.group,
      sort: row.sort,
      options: [...(row.group.options ?? [])].sort(bySort).map((o) => ({
        ...o,
        price: Number(o.price),
      })),
    }
    out.set(row.product_id, [...(out.get(row.product_id) ?? []), group])
  }
  return out
}
