import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  checkoutProblem,
  type CheckoutRuleCart,
} from "../../lib/delivery/checkout-rules"
import { archiDeliveryService } from "../../modules/archidelivery"
import { findUnavailableDishes } from "../menu/dish-availability"
import { productModifierGroups } from "../modifiers/product-modifier-groups"

export { isArchiDeliveryProvider } from "../../lib/delivery/fulfillment-options"

/** The provider ids of these shipping options. */
async function shippingProviders(container: MedusaContainer, ids: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "provider_id"],
    filters: { id: ids },
  })
  return data.map((o: { provider_id?: string | null }) => o.provider_id)
}

/**
 * Medusa allows one validate handler per hook, so every check this plugin
 * makes before an order is placed runs here: the checkout rules, in turn.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const problem = await checkoutProblem(cart as CheckoutRuleCart, {
    options: archiDeliveryService(container).getOptions(),
    shippingProviders: (ids) => shippingProviders(container, ids),
    unavailableDishes: (wanted) => findUnavailableDishes(container, wanted),
    modifierGroups: (ids) => productModifierGroups(container, ids),
  })
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
})
