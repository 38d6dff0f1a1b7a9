import { z } from "@medusajs/framework/zod"

/**
 * Delivery zones as a shop owner writes them: a GeoJSON Polygon or
 * MultiPolygon (holes allowed), or a circle around a point, or only lists of
 * cities and postal codes. Every shape error names the ring and position, so
 * a zone drawn in a GeoJSON editor and pasted in can be fixed from the message.
 */

type Issue = { path: (string | number)[]; message: string }

const isNumber = (v: unknown): v is number =>
  typeof v === "number" && Number.isFinite(v)

/** What is wrong with one [lng, lat] position, or null. */
export function positionProblem(p: unknown): string | null {
  if (!Array.isArray(p) || p.length < 2 || !p.every(isNumber)) {
    return "a position is [longitude, latitude] in numbers"
  }
  const [lng, lat] = p as number[]
  if (lng < -180 || lng > 180) {
    return `longitude ${lng} is outside -180..180`
  }
  if (lat < -90 || lat > 90) {
    return `latitude ${lat} is outside -90..90 (positions are [longitude, latitude])`
  }
  return null
}

function ringIssues(ring: unknown, path: (string | number)[]): Issue[] {
  if (!Array.isArray(ring)) {
    return [{ path, message: "a ring is an array of [longitude, latitude]" }]
  }
  for (let i = 0; i < ring.length; i++) {
    const problem = positionProblem(ring[i])
    if (problem) {
      return [{ path: [...path, i], message: problem }]
    }
  }
  if (ring.length < 4) {
    return [
      {
        path,
        message: `a ring needs at least 4 positions (the first repeated last), got ${ring.length}`,
      },
    ]
  }
  const first = ring[0] as number[]
  const last = ring[ring.length - 1] as number[]
  if (first[0] !== last[0] || first[1] !== last[1]) {
    return [
      {
        path,
        message: "ring not closed: the last position must repeat the first",
      },
    ]
  }
  return []
}

function polygonIssues(rings: unknown, path: (string | number)[]): Issue[] {
  if (!Array.isArray(rings) || !rings.length) {
    return [
      {
        path,
        message:
          "a polygon is a non-empty array of rings (outer ring, then holes)",
      },
    ]
  }
  return rings.flatMap((ring, i) => ringIssues(ring, [...path, i]))
}

export const geometrySchema = z
  .object({
    type: z.enum(["Polygon", "MultiPolygon"], {
      error: "a GeoJSON Polygon or MultiPolygon",
    }),
    coordinates: z.array(z.any()),
  })
  .passthrough()
  .superRefine((g, ctx) => {
    const issues =
      g.type === "Polygon"
        ? polygonIssues(g.coordinates, ["coordinates"])
        : g.coordinates.length
          ? g.coordinates.flatMap((poly, i) =>
              polygonIssues(poly, ["coordinates", i])
            )
          : [
              {
                path: ["coordinates"],
                message: "a MultiPolygon needs a polygon",
              },
            ]
    for (const issue of issues) {
      ctx.addIssue({ code: "custom", ...issue })
    }
  })

export const circleSchema = z
  .object({
    center: z.array(z.number()).superRefine((p, ctx) => {
      const problem = positionProblem(p)
      if (problem) {
        ctx.addIssue({ code: "custom", message: problem })
      }
    }),
    radius_m: z.number().positive("a radius in metres above 0"),
  })
  .strict()

export const zoneSchema = z
  .object({
    id: z.coerce.string().min(1),
    name: z.string().min(1),
    /** Where zones overlap the highest priority wins; a tie goes to the first listed. */
    priority: z.number().default(0),
    geometry: geometrySchema.optional(),
    circle: circleSchema.optional(),
    /** Matched when the address has no coordinates (and for zones without a shape). */
    cities: z.array(z.string().min(1)).optional(),
    postal_codes: z.array(z.coerce.string().min(1)).optional(),
    fee: z.number().nonnegative(),
    freeFrom: z.number().nonnegative().optional(),
    minOrderAmount: z.number().nonnegative().default(0),
    etaMinutes: z.number().int().positive().optional(),
    /** The ArchiDelivery point (kitchen) that serves the zone. */
    pointId: z.coerce.string().min(1),
  })
  .strict()
  .superRefine((zone, ctx) => {
    if (zone.geometry && zone.circle) {
      ctx.addIssue({
        code: "custom",
        path: ["circle"],
        message: "a zone has either a geometry or a circle, not both",
      })
    }
    if (
      !zone.geometry &&
      !zone.circle &&
      !zone.cities?.length &&
      !zone.postal_codes?.length
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["geometry"],
        message: "a zone needs a geometry, a circle, cities or postal_codes",
      })
    }
  })

export const zonesSchema = z
  .array(zoneSchema)
  .default([])
  .superRefine((zones, ctx) => {
    const seen = new Set<string>()
    zones.forEach((zone, i) => {
      if (seen.has(zone.id)) {
        ctx.addIssue({
          code: "custom",
          path: [i, "id"],
          message: `zone id "${zone.id}" is used twice`,
        })
      }
      seen.add(zone.id)
    })
  })

export type DeliveryZoneInput = z.input<typeof zoneSchema>
export type DeliveryZone = z.output<typeof zoneSchema>

/**
 * The zones' points must be points the options list, when they list any: a
 * typo would send a kitchen's orders nowhere. Without a list the points come
 * from ArchiDelivery itself, which the options cannot check.
 */
export function zonePointIssues(
  zones: readonly DeliveryZone[],
  pointIds: readonly string[]
): Issue[] {
  if (!pointIds.length) {
    return []
  }
  const known = new Set(pointIds)
  return zones.flatMap((zone, i) =>
    known.has(zone.pointId)
      ? []
      : [
          {
            path: ["zones", i, "pointId"],
            message: `unknown pointId "${zone.pointId}": not among delivery.points (${pointIds.join(", ")})`,
          },
        ]
  )
}
