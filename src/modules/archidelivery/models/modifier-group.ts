import { model } from "@medusajs/framework/utils"
import { ModifierOption } from "./modifier-option"
import { ProductModifierGroup } from "./product-modifier-group"

/**
 * A set of choices a customer makes for a dish ("Додатки", "Без"): between
 * `min` and `max` of its options, counted by quantity. Defined in the admin,
 * since ArchiDelivery offers no method that lists modifiers.
 */
export const ModifierGroup = model
  .define("archidelivery_modifier_group", {
    id: model.id({ prefix: "admodg" }).primaryKey(),
    name: model.text(),
    min: model.number().default(0),
    max: model.number().default(1),
    sort: model.number().default(0),
    options: model.hasMany(() => ModifierOption, { mappedBy: "group" }),
    products: model.hasMany(() => ProductModifierGroup, { mappedBy: "group" }),
  })
  .cascades({ delete: ["options", "products"] })
