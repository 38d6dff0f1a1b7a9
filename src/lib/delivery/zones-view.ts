import { zonePricing, type ZonedDelivery } from "./zones"
import type { DeliveryZone } from "./zones-schema"

/**
 * The zones and a test of one address as the admin API answers them
 * (snake_case, like Medusa's own routes).
 */

export function zoneView(zone: DeliveryZone) {
  return {
    id: zone.id,
    name: zone.name,
    priority: zone.priority,
    geometry: zone.geometry ?? null,
    circle: zone.circle ?? null,
    cities: zone.cities ?? [],
    postal_codes: zone.postal_codes ?? [],
    fee: zone.fee,
    free_from: zone.freeFrom ?? null,
    min_order_amount: zone.minOrderAmount,
    eta_minutes: zone.etaMinutes ?? null,
    point_id: zone.pointId,
  }
}

export interface ZoneTestInput {
  lat?: number
  lng?: number
  city?: string
  postal_code?: string
}

/**
 * The zone, terms and point for an address. Without zones the flat terms
 * answer with `zone: null` and `deliverable: true`; outside every zone the
 * terms are null and `deliverable` false.
 */
export function zoneTest(
  delivery: ZonedDelivery,
  shopPointId: string | undefined,
  input: ZoneTestInput
) {
  const priced = zonePricing(delivery, {
    city: input.city,
    postal_code: input.postal_code,
    metadata: input.lat === undefined ? {} : { lat: input.lat, lng: input.lng },
  })
  if (!priced.deliverable) {
    return {
      zone: null,
      deliverable: false,
      fee: null,
      free_from: null,
      min_order_amount: null,
      eta_minutes: null,
      point_id: null,
    }
  }
  const { pricing, zone } = priced
  return {
    zone: zone ? zoneView(zone) : null,
    deliverable: true,
    fee: pricing.fee,
    free_from: pricing.freeFrom ?? null,
    min_order_amount: pricing.minOrderAmount,
    eta_minutes: zone?.etaMinutes ?? null,
    point_id: zone?.pointId ?? shopPointId?.trim() ?? null,
  }
}
