import {
  checkoutLanguage,
  checkoutPhoneMessage,
  checkoutPhoneProblem,
  type CheckoutCart,
} from "../customers/checkout-phone"
import {
  minimumOrderProblem,
  type DeliveryPricing,
  type PricedLine,
} from "./delivery-price"
import { isArchiDeliveryProvider } from "./fulfillment-options"
import {
  checkoutProductIds,
  modifierCheckoutProblem,
  modifierLanguage,
  type CheckoutLine,
  type OfferedGroup,
} from "../modifiers"

/**
 * The checks a cart passes before it becomes an order, in turn: the first
 * refusal is the message the customer reads. Once the order is placed (and
 * perhaps paid) it is too late to ask for anything.
 */

export interface CheckoutRuleCart extends CheckoutCart {
  items?: readonly PricedLine[] | null
  shipping_methods?: readonly { shipping_option_id?: string | null }[] | null
}

export interface CheckoutRuleContext {
  /** The plugin options the rules read. */
  options: {
    phone: { defaultCountry: string }
    delivery: DeliveryPricing
    currency: string
  }
  /** The provider ids of these shipping options; read only by a rule that needs them. */
  shippingProviders(optionIds: string[]): Promise<readonly unknown[]>
  /** The modifier groups offered with these products now; read only by the modifiers rule. */
  modifierGroups?(
    productIds: string[]
  ): Promise<ReadonlyMap<string, readonly OfferedGroup[]>>
}

/** A refusal message, or null when the cart passes. */
export type CheckoutRule = (
  cart: CheckoutRuleCart,
  context: CheckoutRuleContext
) => string | null | Promise<string | null>

/** Every order goes to ArchiDelivery, which needs a phone it can read. */
export const checkoutPhoneRule: CheckoutRule = (cart, { options }) => {
  const problem = checkoutPhoneProblem(cart, options.phone.defaultCountry)
  return problem ? checkoutPhoneMessage(problem, checkoutLanguage(cart)) : null
}

/**
 * The last word on the minimum order for a cart shipped by this plugin's
 * provider: the provider already refuses it when a shipping method is chosen,
 * but the cart may shrink afterwards.
 */
export const minimumOrderRule: CheckoutRule = async (cart, context) => {
  const { delivery, currency } = context.options
  if (!(delivery.minOrderAmount > 0)) {
    return null
  }
  const optionIds = (cart.shipping_methods ?? [])
    .map((m) => m.shipping_option_id)
    .filter((id): id is string => !!id)
  if (!optionIds.length) {
    return null
  }
  const providers = await context.shippingProviders(optionIds)
  if (!providers.some(isArchiDeliveryProvider)) {
    return null
  }
  return minimumOrderProblem(cart.items, delivery, currency)
}

/**
 * A dish's modifiers checked again: an option deleted since the line was
 * added, or a dish with a required group added without modifiers through
 * Medusa's own line-item route, is refused before the kitchen gets it.
 */
export const modifiersRule: CheckoutRule = async (cart, context) => {
  const lines = (cart.items ?? []) as readonly CheckoutLine[]
  const ids = checkoutProductIds(lines)
  if (!ids.length || !context.modifierGroups) {
    return null
  }
  const groups = await context.modifierGroups(ids)
  return modifierCheckoutProblem(lines, groups, modifierLanguage(cart))
}

/** Every checkout rule, in the order they are checked: the phone, the minimum, the modifiers. */
export const CHECKOUT_RULES: readonly CheckoutRule[] = [
  checkoutPhoneRule,
  minimumOrderRule,
  modifiersRule,
]

/** The first refusal of the rules, one after the other, or null when the cart passes them all. */
export async function checkoutProblem(
  cart: CheckoutRuleCart,
  context: CheckoutRuleContext,
  rules: readonly CheckoutRule[] = CHECKOUT_RULES
): Promise<string | null> {
  for (const rule of rules) {
    const problem = await rule(cart, context)
    if (problem) {
      return problem
    }
  }
  return null
}
