import { scalarText, type PickupPoint } from "./pickup-points"

/**
 * The fulfillment options the provider offers: courier delivery and one
 * pickup per point. An admin makes shipping options from them, and the
 * chosen object lands in the shipping option's `data`.
 */

/** The provider's identifier; Medusa registers it as `archidelivery_<id>`. */
export const ARCHIDELIVERY_PROVIDER_IDENTIFIER = "archidelivery"
export const DELIVERY_OPTION_ID = "archidelivery-delivery"
export const PICKUP_OPTION_PREFIX = "archidelivery-pickup-"

/** Shipping options served by this plugin's provider, whatever id the host gave it. */
export const isArchiDeliveryProvider = (providerId: unknown) =>
  typeof providerId === "string" &&
  providerId.startsWith(`${ARCHIDELIVERY_PROVIDER_IDENTIFIER}_`)

export interface DeliveryOption {
  id: typeof DELIVERY_OPTION_ID
  name: string
  type: "delivery"
  [k: string]: unknown
}

export interface PickupOption {
  id: string
  name: string
  type: "pickup"
  point_id: string
  address?: string
  [k: string]: unknown
}

export type ArchiDeliveryFulfillmentOption = DeliveryOption | PickupOption

/** What an option's `data` asks for: courier delivery, or pickup at a point. */
export type FulfillmentOptionKind =
  { type: "delivery" } | { type: "pickup"; point_id: string }

export function deliveryOption(): DeliveryOption {
  return {
    id: DELIVERY_OPTION_ID,
    name: "Кур'єрська доставка / Courier delivery",
    type: "delivery",
  }
}

export function pickupOption(point: PickupPoint): PickupOption {
  return {
    id: `${PICKUP_OPTION_PREFIX}${point.id}`,
    name: `Самовивіз: ${point.name} / Pickup: ${point.name}`,
    type: "pickup",
    point_id: point.id,
    ...(point.address ? { address: point.address } : {}),
  }
}

/** Courier delivery first, then a pickup per point. */
export function fulfillmentOptions(
  points: readonly PickupPoint[]
): ArchiDeliveryFulfillmentOption[] {
  return [deliveryOption(), ...points.map(pickupOption)]
}

/**
 * What kind of option a shipping option's `data` describes, or null when it is
 * not one of ours. The id decides, so an option created from an older list still works.
 */
export function fulfillmentOptionKind(
  optionData: Record<string, unknown> | null | undefined
): FulfillmentOptionKind | null {
  const id = typeof optionData?.id === "string" ? optionData.id : ""
  if (id === DELIVERY_OPTION_ID) {
    return { type: "delivery" }
  }
  if (id.startsWith(PICKUP_OPTION_PREFIX)) {
    const pointId =
      scalarText(optionData?.point_id) || id.slice(PICKUP_OPTION_PREFIX.length)
    return pointId ? { type: "pickup", point_id: pointId } : null
  }
  return null
}

/** True unless the data is another provider's: an update may come without `data`. */
export const isCalculableOption = (
  optionData: Record<string, unknown> | null | undefined
) => !optionData || fulfillmentOptionKind(optionData) !== null
