import { matchZone, type ZoneAddress } from "../delivery/zones"
import type { DeliveryZone } from "../delivery/zones-schema"
import type { KitchenOptions, Schedule } from "./options"

/**
 * Which ArchiDelivery point cooks a cart, and whose hours apply. A pickup
 * shipping method names its point; a courier order goes to the point of the
 * delivery zone its address is in, else to the shop's `pointId`. A shop
 * without any point has one kitchen, `default`.
 */

export const DEFAULT_POINT_ID = "default"

export interface KitchenPointOptions {
  pointId?: string
  delivery: {
    points: readonly {
      id: string
      name: string
      address?: string
      hours?: Schedule
    }[]
  }
  kitchen: KitchenOptions
}

type Method = { data?: Record<string, unknown> | null } | null | undefined

export function cartPointId(
  cart: {
    shipping_methods?: readonly Method[] | null
    metadata?: Record<string, unknown> | null
    shipping_address?: ZoneAddress | null
  },
  options: Pick<KitchenPointOptions, "pointId"> & {
    delivery?: { zones?: readonly DeliveryZone[] }
  }
): string {
  for (const m of cart.shipping_methods ?? []) {
    const id = m?.data?.point_id
    if ((typeof id === "string" && id.trim()) || typeof id === "number") {
      return String(id).trim()
    }
  }
  const zone = matchZone(options.delivery?.zones ?? [], cart.shipping_address)
  return zone?.pointId || options.pointId?.trim() || DEFAULT_POINT_ID
}

/**
 * The hours an admin set for the point in Settings, else the point's own in
 * the options, else the kitchen's; undefined = always open.
 */
export function pointSchedule(
  options: KitchenPointOptions,
  pointId: string,
  adminHours?: Schedule | null
): Schedule | undefined {
  if (adminHours) {
    return adminHours
  }
  const point = options.delivery.points.find((p) => p.id === pointId)
  return point?.hours ?? options.kitchen.hours
}

/** Every point the admin can set a state for: the shop's, then the configured ones. */
export function kitchenPoints(
  options: KitchenPointOptions,
  adminHours: ReadonlyMap<string, Schedule> = new Map()
): {
  id: string
  name: string | null
  hours: Schedule | null
  hours_source: "settings" | "options" | null
}[] {
  const ids = [
    options.pointId?.trim() || DEFAULT_POINT_ID,
    ...options.delivery.points.map((p) => p.id),
  ]
  return [...new Set(ids)].map((id) => {
    const hours = pointSchedule(options, id, adminHours.get(id)) ?? null
    return {
      id,
      name: options.delivery.points.find((p) => p.id === id)?.name ?? null,
      hours,
      hours_source: adminHours.has(id) ? "settings" : hours ? "options" : null,
    }
  })
}
