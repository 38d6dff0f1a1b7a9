import { scalarText } from "./pickup-points"
import { DELIVERY_OPTION_ID, PICKUP_OPTION_PREFIX } from "./fulfillment-options"
import { matchZone, type ZoneAddress } from "./zones"
import type { DeliveryZone } from "./zones-schema"

/**
 * Which ArchiDelivery point (kitchen) an order belongs to: the chosen point
 * for a pickup, the zone's point for a courier, else the shop's own point.
 * Recorded on the queue row when the order is queued, so the push, the
 * reconciliation and the status follow-up all ask the same kitchen.
 */

type Meta = Record<string, unknown> | null | undefined

export interface PointOrder {
  shipping_address?: ZoneAddress | null
  shipping_methods?:
    | readonly {
        data?: Meta
        shipping_option?: { data?: Meta } | null
      }[]
    | null
}

export interface PointOptions {
  pointId?: string
  delivery: { zones: readonly DeliveryZone[] }
}

const optionId = (m: {
  data?: Meta
  shipping_option?: { data?: Meta } | null
}) => scalarText(m.shipping_option?.data?.id)

export function orderPointId(
  order: PointOrder | null | undefined,
  options: PointOptions
): string | null {
  const fallback = options.pointId?.trim() || null
  for (const method of order?.shipping_methods ?? []) {
    const id = optionId(method)
    const type = scalarText(method.data?.type)
    if (type === "pickup" || id.startsWith(PICKUP_OPTION_PREFIX)) {
      return (
        scalarText(method.data?.point_id) ||
        id.slice(PICKUP_OPTION_PREFIX.length) ||
        fallback
      )
    }
    if (type === "delivery" || id === DELIVERY_OPTION_ID) {
      const zone = matchZone(options.delivery.zones, order?.shipping_address)
      return zone?.pointId ?? fallback
    }
  }
  return fallback
}

/** Fields of an order `orderPointId` reads, for Query. */
export const ORDER_POINT_FIELDS = [
  "shipping_address.city",
  "shipping_address.postal_code",
  "shipping_address.metadata",
  "shipping_methods.data",
  "shipping_methods.shipping_option.data",
]
