import type { CheckoutCart } from "../customers/checkout-phone"
import { kitchenProblem, type AvailabilityFacts } from "./availability"
import { kitchenLanguage, kitchenMessage } from "./messages"
import type { ZoneAddress } from "../delivery/zones"
import type { DeliveryZone } from "../delivery/zones-schema"
import { cartPointId } from "./points"

/**
 * The kitchen's word at cart completion: the hours, the admin's state and
 * the chosen slot checked again, then the slot's seat taken. Pure but for
 * the two functions it is given, so the hook decides how seats are stored.
 */

export interface KitchenCheckout {
  pointId?: string
  /** The delivery zones, whose point cooks a courier order in them. */
  zones?: readonly DeliveryZone[]
  /** The facts the rules read for a point, now. */
  facts(pointId: string): Promise<AvailabilityFacts>
  /** Takes a seat of the slot for the cart; false when every seat is taken. */
  takeSeat(
    pointId: string,
    slotStart: string,
    capacity: number
  ): Promise<boolean>
}

export type KitchenCheckoutCart = CheckoutCart & {
  completed_at?: Date | string | null
  shipping_address?: ZoneAddress | null
  shipping_methods?:
    readonly ({ data?: Record<string, unknown> | null } | null)[] | null
}

export async function kitchenCheckoutProblem(
  cart: KitchenCheckoutCart,
  kitchen: KitchenCheckout
): Promise<string | null> {
  // A completed cart asked again gets its order back, whatever the time.
  if (cart.completed_at) {
    return null
  }
  const pointId = cartPointId(cart, {
    pointId: kitchen.pointId,
    delivery: { zones: kitchen.zones },
  })
  const facts = await kitchen.facts(pointId)
  const language = kitchenLanguage(cart)
  const { timeZone, slotCapacity } = facts.options
  const { problem, slot } = kitchenProblem(facts, cart.metadata)
  if (problem) {
    return kitchenMessage(problem, language, timeZone)
  }
  if (slot && slotCapacity !== undefined) {
    if (!(await kitchen.takeSeat(pointId, slot, slotCapacity))) {
      return kitchenMessage({ code: "slot_full" }, language, timeZone)
    }
  }
  return null
}
