/** A group's fields with its options, as the admin lists and edits them. */
export const MODIFIER_GROUP_FIELDS = [
  "id",
  "name",
  "min",
  "max",
  "sort",
  "created_at",
  "updated_at",
  "options.id",
  "options.name",
  "options.price",
  "options.modificator_id",
  "options.kind",
  "options.kind1",
  "options.ref",
  "options.default_quantity",
  "options.is_default",
  "options.sort",
]

export const listModifierGroupsQueryConfig = {
  defaults: MODIFIER_GROUP_FIELDS,
  allowed: MODIFIER_GROUP_FIELDS,
  isList: true,
}
