import { model } from "@medusajs/framework/utils"
import { ModifierGroup } from "./modifier-group"

/** One choice of a modifier group, with what ArchiDelivery is sent for it. */
export const ModifierOption = model.define("archidelivery_modifier_option", {
  id: model.id({ prefix: "admodo" }).primaryKey(),
  group: model.belongsTo(() => ModifierGroup, { mappedBy: "options" }),
  name: model.text(),
  // Added to the dish's unit price; major units, as Medusa stores money.
  price: model.bigNumber().default(0),
  // ArchiDelivery's mods entry: modificatorId, kind (0 nomenclature, 1
  // menu), kind1 (0 remove, 1 add), ref (the id `kind` points at).
  modificator_id: model.number(),
  kind: model.number(),
  kind1: model.number(),
  ref: model.number(),
  // How many the customer gets when they pick it without a quantity.
  default_quantity: model.number().default(1),
  // Chosen for the customer when they choose nothing in the group.
  is_default: model.boolean().default(false),
  sort: model.number().default(0),
})
