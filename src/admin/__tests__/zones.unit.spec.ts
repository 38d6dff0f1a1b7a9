import { drawZones, type AdminZone } from "../lib/zones"

const zone = (extra: Partial<AdminZone>): AdminZone => ({
  id: "z",
  name: "Z",
  priority: 0,
  geometry: null,
  circle: null,
  cities: [],
  postal_codes: [],
  fee: 10,
  free_from: null,
  min_order_amount: 0,
  eta_minutes: null,
  point_id: "1",
  ...extra,
})

const ring = (x0: number, y0: number, s: number) => [
  [x0, y0],
  [x0 + s, y0],
  [x0 + s, y0 + s],
  [x0, y0 + s],
  [x0, y0],
]

describe("drawZones", () => {
  it("draws a polygon's outer ring and its hole into the box", () => {
    const drawn = drawZones(
      [
        zone({
          id: "a",
          geometry: {
            type: "Polygon",
            coordinates: [ring(30, 50, 1), ring(30.25, 50.25, 0.5)],
          },
        }),
      ],
      640,
      360
    )!
    const path = drawn.zones[0].path!
    expect(path.match(/M/g)).toHaveLength(2)
    for (const [, x, y] of path.matchAll(/([\d.]+) ([\d.]+)/g)) {
      expect(Number(x)).toBeGreaterThanOrEqual(0)
      expect(Number(x)).toBeLessThanOrEqual(640)
      expect(Number(y)).toBeLessThanOrEqual(360)
    }
  })

  it("draws a circle round and puts north up", () => {
    const drawn = drawZones(
      [zone({ id: "c", circle: { center: [30, 50], radius_m: 1000 } })],
      400,
      400
    )!
    const { cx, cy, r } = drawn.zones[0].circle!
    expect(r).toBeGreaterThan(100)
    expect(drawn.project([30, 50.005])[1]).toBeLessThan(cy)
    expect(cx).toBeCloseTo(200, 0)
  })

  it("draws nothing for list-only zones", () => {
    expect(drawZones([zone({ cities: ["Київ"] })], 100, 100)).toBeNull()
  })
})
