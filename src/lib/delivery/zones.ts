import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon"
import { distance } from "@turf/distance"
import type { DeliveryPricing } from "./delivery-price"
import type { DeliveryZone } from "./zones-schema"

/**
 * Which delivery zone an address is in. The storefront sends the address's
 * coordinates as `metadata.lat` / `metadata.lng` (no geocoder is assumed);
 * an address without them may still match a zone by its city or postal code.
 * An address no zone takes is not deliverable.
 *
 * Decisions: a point on a zone's edge (or exactly at a circle's radius) is
 * inside; where zones overlap the highest priority wins and a tie goes to
 * the first listed; numeric strings ("50.45") are read as coordinates, since
 * form fields and metadata editors often store text.
 */

export type Bbox = readonly [number, number, number, number]

type Shape =
  | {
      kind: "polygon"
      geometry: NonNullable<DeliveryZone["geometry"]>
      bboxes: Bbox[]
    }
  | { kind: "circle"; center: [number, number]; radius_m: number; bbox: Bbox }

export interface CompiledZone {
  zone: DeliveryZone
  index: number
  shape: Shape | null
  cities: Set<string>
  postalCodes: Set<string>
}

/** The address parts zone matching reads. */
export interface ZoneAddress {
  city?: string | null
  postal_code?: string | null
  metadata?: Record<string, unknown> | null
}

export interface LngLat {
  lng: number
  lat: number
}

const coordinate = (v: unknown): number | null => {
  const n =
    typeof v === "number"
      ? v
      : typeof v === "string" && v.trim()
        ? Number(v.trim().replace(",", "."))
        : NaN
  return Number.isFinite(n) ? n : null
}

/** The address's coordinates, or null when absent or out of range. */
export function addressCoordinates(
  address: ZoneAddress | null | undefined
): LngLat | null {
  const lat = coordinate(address?.metadata?.lat)
  const lng = coordinate(address?.metadata?.lng)
  if (lat === null || lng === null) {
    return null
  }
  if (lat < -90 || lat > 90 || lng < -180 || lng > 180) {
    return null
  }
  return { lat, lng }
}

/** "м. Київ", " КИЇВ ", "Kyiv" → comparable text: case, spaces, prefixes and apostrophes aside. */
export function normalizeCity(city: string | null | undefined): string {
  return (city ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’ʼ`´]/g, "'")
    .replace(/^\s*(?:м\.|місто|г\.|город|city of)\s*/u, "")
    .replace(/\s+/g, " ")
    .trim()
}

/** "01 001", "01-001", "sw1a 1aa" → "01001", "SW1A1AA". */
export function normalizePostalCode(code: string | null | undefined): string {
  return (code ?? "").replace(/[\s-]+/g, "").toUpperCase()
}

function ringsBbox(rings: readonly (readonly number[])[]): Bbox {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const [x, y] of rings) {
    minX = Math.min(minX, x)
    minY = Math.min(minY, y)
    maxX = Math.max(maxX, x)
    maxY = Math.max(maxY, y)
  }
  return [minX, minY, maxX, maxY]
}

const METRES_PER_DEGREE = 111_320

// A box a little larger than the circle: only a cheap first filter.
function circleBbox(center: [number, number], radius: number): Bbox {
  const [lng, lat] = center
  const dLat = (radius / METRES_PER_DEGREE) * 1.01
  const cos = Math.cos((lat * Math.PI) / 180)
  const dLng = cos > 0.01 ? dLat / cos : 360
  return [lng - dLng, lat - dLat, lng + dLng, lat + dLat]
}

const inBbox = (b: Bbox, p: LngLat) =>
  p.lng >= b[0] && p.lng <= b[2] && p.lat >= b[1] && p.lat <= b[3]

function compileShape(zone: DeliveryZone): Shape | null {
  if (zone.geometry) {
    const g = zone.geometry
    const polygons = (
      g.type === "Polygon" ? [g.coordinates] : g.coordinates
    ) as number[][][][]
    return {
      kind: "polygon",
      geometry: g,
      bboxes: polygons.map((rings) => ringsBbox(rings[0])),
    }
  }
  if (zone.circle) {
    const center = [zone.circle.center[0], zone.circle.center[1]] as [
      number,
      number,
    ]
    return {
      kind: "circle",
      center,
      radius_m: zone.circle.radius_m,
      bbox: circleBbox(center, zone.circle.radius_m),
    }
  }
  return null
}

const compiledCache = new WeakMap<readonly DeliveryZone[], CompiledZone[]>()

/**
 * Zones with their bounding boxes and normalised lists, in the order they
 * are tried (priority, then as listed). Computed once per zones array: the
 * options are read once, so every price call after the first is cheap.
 */
export function compileZones(zones: readonly DeliveryZone[]): CompiledZone[] {
  const cached = compiledCache.get(zones)
  if (cached) {
    return cached
  }
  const compiled = zones
    .map((zone, index) => ({
      zone,
      index,
      shape: compileShape(zone),
      cities: new Set((zone.cities ?? []).map(normalizeCity)),
      postalCodes: new Set((zone.postal_codes ?? []).map(normalizePostalCode)),
    }))
    .sort((a, b) => b.zone.priority - a.zone.priority || a.index - b.index)
  compiledCache.set(zones, compiled)
  return compiled
}

/** True when the point is in the shape; a point on the edge is inside. */
export function shapeContains(shape: Shape, p: LngLat): boolean {
  if (shape.kind === "circle") {
    return (
      inBbox(shape.bbox, p) &&
      distance(shape.center, [p.lng, p.lat], { units: "meters" }) <=
        shape.radius_m
    )
  }
  if (!shape.bboxes.some((b) => inBbox(b, p))) {
    return false
  }
  return booleanPointInPolygon([p.lng, p.lat], shape.geometry as never)
}

function listsMatch(zone: CompiledZone, address: ZoneAddress): boolean {
  const postal = normalizePostalCode(address.postal_code)
  if (postal && zone.postalCodes.has(postal)) {
    return true
  }
  const city = normalizeCity(address.city)
  return !!city && zone.cities.has(city)
}

/**
 * The zone that takes this address, or null. With coordinates a zone with a
 * shape matches by the shape alone (a wrong city typed beside a map pin
 * must not move the order), and a zone without a shape by its lists; without
 * coordinates every zone matches by its lists.
 */
export function matchZone(
  zones: readonly DeliveryZone[],
  address: ZoneAddress | null | undefined
): DeliveryZone | null {
  if (!zones.length || !address) {
    return null
  }
  const point = addressCoordinates(address)
  for (const compiled of compileZones(zones)) {
    const hit =
      point && compiled.shape
        ? shapeContains(compiled.shape, point)
        : listsMatch(compiled, address)
    if (hit) {
      return compiled.zone
    }
  }
  return null
}

/** What the courier costs at an address: the zone's terms, or not deliverable. */
export type ZonePricing =
  | { deliverable: true; zone: DeliveryZone | null; pricing: DeliveryPricing }
  | { deliverable: false; zone: null; pricing: DeliveryPricing }

export interface ZonedDelivery extends DeliveryPricing {
  zones: readonly DeliveryZone[]
}

/**
 * The pricing for a courier to this address. Without zones the flat
 * fee, threshold and minimum apply as before; with zones the address's zone
 * decides, and an address outside every zone keeps the flat terms only as
 * the price quoted before a deliverable address is known.
 */
export function zonePricing(
  delivery: ZonedDelivery,
  address: ZoneAddress | null | undefined
): ZonePricing {
  const flat: DeliveryPricing = {
    fee: delivery.fee,
    freeFrom: delivery.freeFrom,
    minOrderAmount: delivery.minOrderAmount,
  }
  if (!delivery.zones.length) {
    return { deliverable: true, zone: null, pricing: flat }
  }
  const zone = matchZone(delivery.zones, address)
  if (!zone) {
    return { deliverable: false, zone: null, pricing: flat }
  }
  return {
    deliverable: true,
    zone,
    pricing: {
      fee: zone.fee,
      freeFrom: zone.freeFrom,
      minOrderAmount: zone.minOrderAmount,
    },
  }
}
