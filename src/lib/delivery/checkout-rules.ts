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
  kitchenCheckoutProblem,
  type KitchenCheckout,
  type KitchenCheckoutCart,
} from "../kitchen/checkout"

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
  /** The kitchen's facts and its slot seats; without it the kitchen rule passes. */
  kitchen?: KitchenCheckout
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
 * The kitchen open (ASAP) or the chosen slot still bookable, then its seat
 * taken; see lib/kitchen/checkout.ts. The hook gives a taken seat back when
 * a later rule or step fails.
 */
export const kitchenRule: CheckoutRule = (cart, context) =>
  context.kitchen
    ? kitchenCheckoutProblem(cart as KitchenCheckoutCart, context.kitchen)
    : null

/** Every checkout rule, in the order they are checked: the phone, then the minimum. */
export const CHECKOUT_RULES: readonly CheckoutRule[] = [
  checkoutPhoneRule,
  minimumOrderRule,
  kitchenRule,
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
