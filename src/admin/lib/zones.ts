/**
 * Draws delivery zones without map tiles: longitude and latitude projected
 * flat (longitude scaled by the cosine of the middle latitude, so a circle
 * stays round), fitted into the picture's box with a margin.
 */

export type Position = readonly number[]

export type ZoneGeometry =
  | { type: "Polygon"; coordinates: Position[][] }
  | { type: "MultiPolygon"; coordinates: Position[][][] }

export type AdminZone = {
  id: string
  name: string
  priority: number
  geometry: ZoneGeometry | null
  circle: { center: Position; radius_m: number } | null
  cities: string[]
  postal_codes: string[]
  fee: number
  free_from: number | null
  min_order_amount: number
  eta_minutes: number | null
  point_id: string
}

export type ZoneTestResult = {
  zone: AdminZone | null
  deliverable: boolean
  fee: number | null
  free_from: number | null
  min_order_amount: number | null
  eta_minutes: number | null
  point_id: string | null
}

export type DrawnZone = {
  id: string
  /** An SVG path: every ring, holes included (drawn with even-odd fill). */
  path?: string
  circle?: { cx: number; cy: number; r: number }
  label: { x: number; y: number }
}

const METRES_PER_DEGREE = 111_320

const polygonsOf = (g: ZoneGeometry): Position[][][] =>
  g.type === "Polygon" ? [g.coordinates] : g.coordinates

/** Every [lng, lat] a zone covers at its edge, for fitting the picture. */
function extentPoints(zone: AdminZone): Position[] {
  if (zone.geometry) {
    return polygonsOf(zone.geometry).flatMap((rings) => rings[0] ?? [])
  }
  if (zone.circle) {
    const [lng, lat] = zone.circle.center
    const dLat = zone.circle.radius_m / METRES_PER_DEGREE
    const dLng = dLat / Math.max(Math.cos((lat * Math.PI) / 180), 0.01)
    return [
      [lng - dLng, lat - dLat],
      [lng + dLng, lat + dLat],
    ]
  }
  return []
}

/** The zones drawn in a `width` × `height` box; zones without a shape are left out. */
export function drawZones(
  zones: readonly AdminZone[],
  width: number,
  height: number,
  extra: readonly Position[] = []
): { zones: DrawnZone[]; project: (p: Position) => [number, number] } | null {
  const points = [...zones.flatMap(extentPoints), ...extra]
  if (!points.length) {
    return null
  }
  const lats = points.map((p) => p[1])
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2
  const k = Math.cos((midLat * Math.PI) / 180)
  const flat = points.map((p) => [p[0] * k, -p[1]])
  const minX = Math.min(...flat.map((p) => p[0]))
  const maxX = Math.max(...flat.map((p) => p[0]))
  const minY = Math.min(...flat.map((p) => p[1]))
  const maxY = Math.max(...flat.map((p) => p[1]))
  const margin = 12
  const scale = Math.min(
    (width - 2 * margin) / Math.max(maxX - minX, 1e-9),
    (height - 2 * margin) / Math.max(maxY - minY, 1e-9)
  )
  const offX = (width - (maxX - minX) * scale) / 2
  const offY = (height - (maxY - minY) * scale) / 2
  const project = (p: Position): [number, number] => [
    round((p[0] * k - minX) * scale + offX),
    round((-p[1] - minY) * scale + offY),
  ]
  const drawn: DrawnZone[] = []
  for (const zone of zones) {
    if (zone.geometry) {
      const polygons = polygonsOf(zone.geometry)
      const path = polygons
        .flatMap((rings) =>
          rings.map(
            (ring) =>
              ring
                .map((p, i) => `${i ? "L" : "M"}${project(p).join(" ")}`)
                .join(" ") + " Z"
          )
        )
        .join(" ")
      drawn.push({
        id: zone.id,
        path,
        label: cornerOf(polygons[0][0], project),
      })
    } else if (zone.circle) {
      const [cx, cy] = project(zone.circle.center)
      const r = round((zone.circle.radius_m / METRES_PER_DEGREE) * scale)
      drawn.push({
        id: zone.id,
        circle: { cx, cy, r },
        label: { x: cx, y: cy },
      })
    }
  }
  return { zones: drawn, project }
}

const round = (n: number) => Math.round(n * 10) / 10

// A polygon's label sits inside its top-left corner, so a zone drawn inside
// another (the centre in the suburbs) keeps its name apart.
function cornerOf(
  ring: readonly Position[],
  project: (p: Position) => [number, number]
) {
  const pts = ring.map(project)
  return {
    x: round(Math.min(...pts.map((p) => p[0])) + 6),
    y: round(Math.min(...pts.map((p) => p[1])) + 16),
  }
}
