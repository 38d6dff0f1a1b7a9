import type { Row } from "../../lib/archidelivery"

/** The fulfillment options the provider offers; their objects land in shipping options' `data`. */
export const DELIVERY_OPTION_ID = "archidelivery-delivery"
export const PICKUP_OPTION_PREFIX = "archidelivery-pickup-"

export interface PickupPoint {
  id: string
  name: string
  address?: string
}

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

const text = (v: unknown) =>
  typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : ""

/** `getallpoint` rows to points; rows without an ID are skipped, a missing name falls back to the id. */
export function pointsFromRows(rows: readonly Row[]): PickupPoint[] {
  const points: PickupPoint[] = []
  for (const row of rows) {
    const id = text(row.ID ?? row.id)
    if (!id) {
      continue
    }
    const address = text(row.ADDRESS ?? row.address)
    points.push({
      id,
      name: text(row.NAME ?? row.name) || `#${id}`,
      ...(address ? { address } : {}),
    })
  }
  return points
}

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

export function fulfillmentOptions(
  points: readonly PickupPoint[]
): ArchiDeliveryFulfillmentOption[] {
  return [deliveryOption(), ...points.map(pickupOption)]
}

/**
 * What kind of option a shipping option's `data` describes, or null when it is
 * not one of ours. The id decides, so an option created from an older list still works.
 */
export function optionKind(
  optionData: Record<string, unknown> | null | undefined
): { type: "delivery" } | { type: "pickup"; point_id: string } | null {
  const id = typeof optionData?.id === "string" ? optionData.id : ""
  if (id === DELIVERY_OPTION_ID) {
    return { type: "delivery" }
  }
  if (id.startsWith(PICKUP_OPTION_PREFIX)) {
    const pointId =
      text(optionData?.point_id) || id.slice(PICKUP_OPTION_PREFIX.length)
    return pointId ? { type: "pickup", point_id: pointId } : null
  }
  return null
}
