import { statedLanguage } from "../shared/customer-language"
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
  cartPricing,
  hasCourierMethod,
  zoneCheckoutProblem,
  type ZoneCart,
} from "./zones-checkout"
import type { DeliveryZone } from "./zones-schema"
import { availableDishesRule, type CartLinesContext } from "./cart-rules"
import {
  checkoutProductIds,
  modifierCheckoutProblem,
  modifierLanguage,
  type CheckoutLine,
  type OfferedGroup,
} from "../modifiers"
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
  items?:
    | readonly (PricedLine & {
        variant_id?: string | null
        product_id?: string | null
        product_title?: string | null
      })[]
    | null
  shipping_methods?: ZoneCart["shipping_methods"]
  shipping_address?: ZoneCart["shipping_address"]
}

export interface CheckoutRuleContext {
  /** The plugin options the rules read. */
  options: {
    phone: { defaultCountry: string }
    delivery: DeliveryPricing & { zones?: readonly DeliveryZone[] }
    currency: string
  }
  /** The provider ids of these shipping options; read only by a rule that needs them. */
  shippingProviders(optionIds: string[]): Promise<readonly unknown[]>
  /** Which of the cart's dishes cannot be bought now; absent = not checked. */
  unavailableDishes?: CartLinesContext["unavailableDishes"]
  /** The modifier groups offered with these products now; read only by the modifiers rule. */
  modifierGroups?(
    productIds: string[]
  ): Promise<ReadonlyMap<string, readonly OfferedGroup[]>>
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
  // A courier order's minimum is its zone's.
  const pricing = cartPricing(cart, {
    ...delivery,
    zones: delivery.zones ?? [],
  })
  if (!(pricing.minOrderAmount > 0)) {
    return null
  }
  if (!(await shipsWithArchiDelivery(cart, context))) {
    return null
  }
  return minimumOrderProblem(
    cart.items,
    pricing,
    currency,
    statedLanguage(cart)
  )
}

/** True when one of the cart's shipping options is this plugin's. */
async function shipsWithArchiDelivery(
  cart: CheckoutRuleCart,
  context: CheckoutRuleContext
): Promise<boolean> {
  const optionIds = (cart.shipping_methods ?? [])
    .map((m) => m.shipping_option_id)
    .filter((id): id is string => !!id)
  if (!optionIds.length) {
    return false
  }
  const providers = await context.shippingProviders(optionIds)
  return providers.some(isArchiDeliveryProvider)
}

/**
 * A courier cannot go past every zone: the last word for a cart whose
 * address moved out after the courier option was chosen.
 */
export const deliveryZoneRule: CheckoutRule = async (cart, context) => {
  const { delivery } = context.options
  if (!delivery.zones?.length || !hasCourierMethod(cart)) {
    return null
  }
  if (!(await shipsWithArchiDelivery(cart, context))) {
    return null
  }
  return zoneCheckoutProblem(cart, { ...delivery, zones: delivery.zones })
}

/** A dish switched off since it was added to the cart is refused, naming it. */
export const availableDishesCheckoutRule: CheckoutRule = (cart, context) => {
  const { unavailableDishes } = context
  if (!unavailableDishes) {
    return null
  }
  const lines = (cart.items ?? [])
    .filter((i) => !!i.variant_id)
    .map((i) => ({
      variant_id: i.variant_id!,
      product_id: i.product_id ?? null,
      title: i.product_title ?? null,
    }))
  return availableDishesRule(lines, cart, { unavailableDishes })
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

/**
 * The kitchen open (ASAP) or the chosen slot still bookable, then its seat
 * taken; see lib/kitchen/checkout.ts. It is last, so a seat is taken only for
 * a cart every other rule let through; the hook gives it back when a later
 * step fails.
 */
export const kitchenRule: CheckoutRule = (cart, context) =>
  context.kitchen
    ? kitchenCheckoutProblem(cart as KitchenCheckoutCart, context.kitchen)
    : null

/**
 * Every checkout rule, in the order they are checked: the dishes, the phone,
 * the zone, the minimum, the modifiers, then the kitchen.
 */
export const CHECKOUT_RULES: readonly CheckoutRule[] = [
  availableDishesCheckoutRule,
  checkoutPhoneRule,
  deliveryZoneRule,
  minimumOrderRule,
  modifiersRule,
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
