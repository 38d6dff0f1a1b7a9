import { model } from "@medusajs/framework/utils"
import { ModifierGroup } from "./modifier-group"

/** A modifier group offered with a Medusa product; a group serves many products. */
export const ProductModifierGroup = model
  .define("archidelivery_product_modifier_group", {
    id: model.id({ prefix: "adpmg" }).primaryKey(),
    product_id: model.text(),
    group: model.belongsTo(() => ModifierGroup, { mappedBy: "products" }),
    sort: model.number().default(0),
  })
  .indexes([
    {
      // Named: the generated name passes Postgres's 63-character limit.
      name: "IDX_archidelivery_product_modifier_group_unique",
      on: ["product_id", "group_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
