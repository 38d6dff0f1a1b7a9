import type { CheckoutCart } from "../customers/checkout-phone"
import {
  customerLanguage,
  type CustomerLanguage,
} from "../shared/customer-language"
import type { DeliveryPricing } from "./delivery-price"
import { zonePricing, type ZoneAddress, type ZonedDelivery } from "./zones"

/**
 * The zone refusals a customer reads, in their language. A courier cannot be
 * sent past every zone, so such an address never becomes a courier order.
 */

export type ZoneLanguage = CustomerLanguage

export const ZONE_MESSAGES: Record<ZoneLanguage, string> = {
  uk: "Ми не доставляємо за цією адресою: вона поза зонами доставки (shipping_address). Оберіть самовивіз або іншу адресу",
  en: "We do not deliver to this address: it is outside every delivery zone (shipping_address). Choose pickup or another address",
  ru: "Мы не доставляем по этому адресу: он вне зон доставки (shipping_address). Выберите самовывоз или другой адрес",
}

/** The customer's language, as every refusal picks it. */
export const zoneLanguage = customerLanguage

export interface ZoneCart extends CheckoutCart {
  shipping_address?: (ZoneAddress & { phone?: string | null }) | null
  shipping_methods?:
    | readonly {
        shipping_option_id?: string | null
        data?: Record<string, unknown> | null
      }[]
    | null
}

/** True when one of the cart's shipping methods is our courier (its data says so). */
export const hasCourierMethod = (cart: ZoneCart) =>
  (cart.shipping_methods ?? []).some((m) => m?.data?.type === "delivery")

/** The pricing that applies to this cart: the address's zone for a courier, else the flat terms. */
export function cartPricing(
  cart: ZoneCart,
  delivery: ZonedDelivery
): DeliveryPricing {
  return hasCourierMethod(cart)
    ? zonePricing(delivery, cart.shipping_address).pricing
    : delivery
}

/** The refusal of a courier order to an address outside every zone, or null. */
export function zoneCheckoutProblem(
  cart: ZoneCart,
  delivery: ZonedDelivery
): string | null {
  if (!delivery.zones.length || !hasCourierMethod(cart)) {
    return null
  }
  return zonePricing(delivery, cart.shipping_address).deliverable
    ? null
    : ZONE_MESSAGES[zoneLanguage(cart)]
}
