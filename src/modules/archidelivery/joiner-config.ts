import {
  camelToSnakeCase,
  defineJoinerConfig,
  pluralize,
  upperCaseFirst,
} from "@medusajs/framework/utils"
import { ClientLink } from "./models/client-link"
import { LookupProof } from "./models/lookup-proof"
import { ModifierGroup } from "./models/modifier-group"
import { ModifierOption } from "./models/modifier-option"
import { OrderAttempt } from "./models/order-attempt"
import { OrderSync } from "./models/order-sync"
import { ProductImport } from "./models/product-import"
import { ProductLink } from "./models/product-link"
import { ProductModifierGroup } from "./models/product-modifier-group"
import { KitchenOutage } from "./models/kitchen-outage"
import { PointState } from "./models/point-state"
import { SlotBooking } from "./models/slot-booking"
import { ARCHIDELIVERY_MODULE } from "./resolve"

/** The service's models under the keys its generated methods are named for. */
export const MODELS = {
  ProductLink,
  OrderSync,
  OrderAttempt,
  ClientLink,
  ProductImport,
  LookupProof,
  ModifierGroup,
  ModifierOption,
  ProductModifierGroup,
  PointState,
  KitchenOutage,
  SlotBooking,
}

/**
 * What Query knows of the module. Each model is queried by its table name
 * (`archidelivery_order_sync`), but the generated methods are named for the
 * service's keys (`listOrderSyncs`), not for the table: Query would otherwise
 * call `listArchideliveryOrderSyncs`.
 */
export const joinerConfig = defineJoinerConfig(ARCHIDELIVERY_MODULE, {
  models: Object.values(MODELS),
  alias: Object.entries(MODELS).map(([key, model]) => {
    const name = camelToSnakeCase(model.name).toLowerCase()
    return {
      name: [name, pluralize(name)],
      entity: upperCaseFirst(model.name),
      args: { methodSuffix: pluralize(key) },
    }
  }),
})
