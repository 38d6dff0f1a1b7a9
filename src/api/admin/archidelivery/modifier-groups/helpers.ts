import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { MODIFIER_GROUP_FIELDS } from "./query-config"

type Group = {
  options?: { sort?: number | null; price?: unknown }[] | null
}

/** A group as the admin API returns it: options in their order, prices as numbers. */
export function serializeModifierGroup<T extends Group>(group: T): T {
  return {
    ...group,
    options: [...(group.options ?? [])]
      .sort((a, b) => (a.sort ?? 0) - (b.sort ?? 0))
      .map((o) => ({ ...o, price: Number(o.price) })),
  }
}

/** One group with its options, read through Query; 404 when there is none. */
export async function readModifierGroup(
  scope: Pick<MedusaContainer, "resolve">,
  id: string
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [group],
  } = await query.graph({
    entity: "archidelivery_modifier_group",
    fields: MODIFIER_GROUP_FIELDS,
    filters: { id },
  })
  if (!group) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `modifier group ${id} not found`
    )
  }
  return serializeModifierGroup(group)
}
