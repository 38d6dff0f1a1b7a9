import type { CheckoutCart } from "../customers/checkout-phone"
import { customerLanguage } from "../shared/customer-language"
import {
  unavailableDishMessage,
  type CustomerLanguage,
  type UnavailableDish,
  type WantedVariant,
} from "../menu/unavailable-dishes"

/**
 * The checks a line passes before it goes into a cart (Medusa's add-to-cart
 * and create-cart validate hooks; one handler each, so every check runs from
 * this list, and a host's own handler can run it too). The same availability
 * check also guards cart completion (checkout-rules.ts), because a dish may
 * go off after it was added.
 */

export { customerLanguage }

/** A line going into a cart, as the store request sent it (plus its product when known). */
export type CartLine = WantedVariant & {
  quantity?: number | null
  metadata?: Record<string, unknown> | null
}

export interface CartLinesContext {
  /** The request's `additional_data`, for rules that read more than the lines. */
  additional_data?: unknown
  /** The wanted variants that cannot be bought now. */
  unavailableDishes(
    wanted: readonly WantedVariant[]
  ): Promise<readonly UnavailableDish[]>
}

/** A refusal message, or null when the lines may go into the cart. */
export type CartLinesRule = (
  lines: readonly CartLine[],
  cart: CheckoutCart,
  context: CartLinesContext
) => string | null | Promise<string | null>

/** A dish the kitchen cannot cook now is refused, naming it. */
export const availableDishesRule: CartLinesRule = async (
  lines,
  cart,
  context
) => {
  if (!lines.length) {
    return null
  }
  const off = await context.unavailableDishes(lines)
  return off.length ? unavailableDishMessage(off, customerLanguage(cart)) : null
}

/** Every rule for lines going into a cart, in the order they are checked. */
export const CART_LINES_RULES: readonly CartLinesRule[] = [availableDishesRule]

/** The first refusal of the rules, or null when every rule lets the lines in. */
export async function cartLinesProblem(
  lines: readonly CartLine[],
  cart: CheckoutCart,
  context: CartLinesContext,
  rules: readonly CartLinesRule[] = CART_LINES_RULES
): Promise<string | null> {
  for (const rule of rules) {
    const problem = await rule(lines, cart, context)
    if (problem) {
      return problem
    }
  }
  return null
}
