import { statedLanguage, type LocaleHolder } from "../shared/customer-language"
import { readStreetAndHouse, type AddressLike } from "./address"
import {
  minimumOrderProblem,
  type DeliveryPricing,
  type PricedLine,
} from "./delivery-price"
import type { FulfillmentOptionKind } from "./fulfillment-options"
import { isOfferedPoint, type PickupPoint } from "./pickup-points"

/**
 * What a customer reads at checkout when the provider refuses a choice.
 * Ukrainian first (the shop's language), English after, like the rest of the plugin.
 */
export const FULFILLMENT_MESSAGES = {
  streetAndHouse:
    "Вкажіть вулицю та номер будинку / Enter the street and house number",
  pickupPoint:
    "Оберіть пункт самовивозу зі списку / Choose a pickup point from the list",
  unknownOption:
    "Цей спосіб доставки недоступний, оберіть інший / This delivery method is not available, choose another",
} as const

/** The cart as Medusa hands it to a provider checking a chosen option. */
export interface FulfillmentCart extends LocaleHolder {
  items?: readonly PricedLine[] | null
  shipping_address?: AddressLike | null
}

/** The plugin options these checks read. */
export interface FulfillmentDataOptions {
  delivery: DeliveryPricing
  currency: string
}

/**
 * Why the cart cannot take this option, as far as the cart alone tells: the
 * minimum order, then a courier's need for a street and a house; else null.
 */
export function fulfillmentDataProblem(
  kind: FulfillmentOptionKind,
  cart: FulfillmentCart | null | undefined,
  options: FulfillmentDataOptions
): string | null {
  const minimum = minimumOrderProblem(
    cart?.items,
    options.delivery,
    options.currency,
    statedLanguage(cart)
  )
  if (minimum) {
    return minimum
  }
  if (kind.type === "delivery" && !readStreetAndHouse(cart?.shipping_address)) {
    return FULFILLMENT_MESSAGES.streetAndHouse
  }
  return null
}

/** The refusal of a pickup at a point the list does not offer, or null. */
export const pickupPointProblem = (
  points: readonly PickupPoint[],
  pointId: string
) => (isOfferedPoint(points, pointId) ? null : FULFILLMENT_MESSAGES.pickupPoint)

/**
 * The shipping method's data: the storefront's own fields, without the ones
 * only the plugin may set, and the kind of order the push sends.
 */
export function fulfillmentData(
  kind: FulfillmentOptionKind,
  data: Record<string, unknown> | null | undefined,
  orderTypes: { delivery: string; pickup: string }
): Record<string, unknown> {
  const {
    type: _type,
    point_id: _point,
    order_type: _orderType,
    archidelivery_order_id: _orderId,
    ...rest
  } = data ?? {}
  if (kind.type === "delivery") {
    return { ...rest, type: "delivery", order_type: orderTypes.delivery }
  }
  return {
    ...rest,
    type: "pickup",
    point_id: kind.point_id,
    order_type: orderTypes.pickup,
  }
}
