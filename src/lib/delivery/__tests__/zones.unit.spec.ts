import { z } from "@medusajs/framework/zod"
import { pointServer } from "../../shared/client-from-options"
import { describeOptions, parseOptions } from "../../shared/options"
import {
  addressCoordinates,
  compileZones,
  matchZone,
  normalizeCity,
  normalizePostalCode,
  zonePricing,
} from "../zones"
import { zoneSchema, type DeliveryZone } from "../zones-schema"

const zone = (raw: Partial<z.input<typeof zoneSchema>>): DeliveryZone =>
  zoneSchema.parse({ id: "z", name: "Z", fee: 10, pointId: "1", ...raw })

// A 2×2 degree square with a 1×1 hole in the middle.
const square = (x0: number, y0: number, size: number) => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
]
const at = (lng: number, lat: number, extra: Record<string, unknown> = {}) => ({
  metadata: { lat, lng },
  ...extra,
})

const centre = zone({
  id: "centre",
  name: "Centre",
  fee: 0,
  geometry: { type: "Polygon", coordinates: [square(30, 50, 2)] },
})
const holed = zone({
  id: "ring",
  name: "Ring",
  fee: 60,
  geometry: {
    type: "Polygon",
    coordinates: [square(30, 50, 2), square(30.5, 50.5, 1)],
  },
})

describe("matchZone: polygons", () => {
  it("matches a point inside and refuses one outside", () => {
    expect(matchZone([centre], at(31, 51))?.id).toBe("centre")
    expect(matchZone([centre], at(33, 51))).toBeNull()
  })

  it("counts a point on the edge or at a vertex as inside", () => {
    expect(matchZone([centre], at(30, 51))?.id).toBe("centre")
    expect(matchZone([centre], at(32, 52))?.id).toBe("centre")
    expect(matchZone([centre], at(31, 50))?.id).toBe("centre")
  })

  it("leaves a hole out of the zone, its edge still in", () => {
    expect(matchZone([holed], at(31, 51))).toBeNull()
    expect(matchZone([holed], at(30.2, 50.2))?.id).toBe("ring")
    expect(matchZone([holed], at(30.5, 51))?.id).toBe("ring")
  })

  it("matches any part of a multipolygon", () => {
    const multi = zone({
      id: "islands",
      geometry: {
        type: "MultiPolygon",
        coordinates: [[square(0, 0, 1)], [square(10, 10, 1)]],
      },
    })
    expect(matchZone([multi], at(0.5, 0.5))?.id).toBe("islands")
    expect(matchZone([multi], at(10.5, 10.5))?.id).toBe("islands")
    expect(matchZone([multi], at(5, 5))).toBeNull()
  })
})

describe("matchZone: overlaps", () => {
  const wide = zone({
    id: "wide",
    priority: 1,
    geometry: { type: "Polygon", coordinates: [square(29, 49, 4)] },
  })
  const narrow = zone({
    id: "narrow",
    priority: 5,
    geometry: { type: "Polygon", coordinates: [square(30, 50, 2)] },
  })

  it("gives an overlap to the highest priority, whatever the order listed", () => {
    expect(matchZone([wide, narrow], at(31, 51))?.id).toBe("narrow")
    expect(matchZone([narrow, wide], at(31, 51))?.id).toBe("narrow")
    expect(matchZone([wide, narrow], at(29.5, 49.5))?.id).toBe("wide")
  })

  it("gives a tie to the first listed", () => {
    const a = { ...wide, id: "a", priority: 3 }
    const b = { ...narrow, id: "b", priority: 3 }
    expect(matchZone([a, b], at(31, 51))?.id).toBe("a")
    expect(matchZone([b, a], at(31, 51))?.id).toBe("b")
  })
})

describe("matchZone: circles", () => {
  const circle = zone({
    id: "circle",
    circle: { center: [30.5234, 50.4501], radius_m: 1000 },
  })

  it("matches within the radius and not beyond", () => {
    expect(matchZone([circle], at(30.5234, 50.4501))?.id).toBe("circle")
    // 0.008° of latitude ≈ 890 m; 0.01° ≈ 1113 m.
    expect(matchZone([circle], at(30.5234, 50.4581))?.id).toBe("circle")
    expect(matchZone([circle], at(30.5234, 50.4601))).toBeNull()
  })

  it("counts a point exactly at the radius as inside", () => {
    const r = zone({ id: "r", circle: { center: [0, 0], radius_m: 111_195 } })
    // Turf's earth radius makes one degree of a meridian 111 195 m.
    expect(matchZone([r], at(0, 0.99999))?.id).toBe("r")
  })
})

describe("matchZone: cities and postal codes", () => {
  const village = zone({
    id: "village",
    fee: 150,
    cities: ["м. Бровари", "Brovary"],
    postal_codes: ["07400"],
  })

  it("matches by city or postal code without coordinates, normalised", () => {
    expect(matchZone([village], { city: " бровари " })?.id).toBe("village")
    expect(matchZone([village], { city: "BROVARY" })?.id).toBe("village")
    expect(matchZone([village], { postal_code: "07 400" })?.id).toBe("village")
    expect(matchZone([village], { city: "Київ" })).toBeNull()
  })

  it("matches a shape zone's lists when the address has no coordinates", () => {
    const both = { ...centre, cities: ["Київ"] }
    expect(matchZone([both], { city: "Київ" })?.id).toBe("centre")
    expect(matchZone([both], at(40, 40, { city: "Київ" }))).toBeNull()
  })

  it("refuses an address with neither coordinates nor a listed place", () => {
    expect(matchZone([centre], { city: "Київ" })).toBeNull()
    expect(matchZone([centre], {})).toBeNull()
    expect(matchZone([centre], null)).toBeNull()
  })
})

describe("coordinates", () => {
  it("reads numbers and numeric strings, and nothing out of range", () => {
    expect(addressCoordinates(at(30.5, 50.4))).toEqual({ lng: 30.5, lat: 50.4 })
    expect(
      addressCoordinates({ metadata: { lat: "50.4", lng: "30,5" } })
    ).toEqual({ lng: 30.5, lat: 50.4 })
    expect(addressCoordinates({ metadata: { lat: 95, lng: 30 } })).toBeNull()
    expect(addressCoordinates({ metadata: { lat: "x", lng: 30 } })).toBeNull()
    expect(addressCoordinates({ metadata: { lat: 50 } })).toBeNull()
  })

  it("normalises cities and postal codes", () => {
    expect(normalizeCity("м. Київ")).toBe("київ")
    expect(normalizeCity("Кам’янське")).toBe("кам'янське")
    expect(normalizePostalCode("sw1a 1aa")).toBe("SW1A1AA")
  })
})

describe("zonePricing", () => {
  const flat = { fee: 50, freeFrom: 500, minOrderAmount: 100 }

  it("keeps the flat terms without zones", () => {
    expect(zonePricing({ ...flat, zones: [] }, at(0, 0))).toEqual({
      deliverable: true,
      zone: null,
      pricing: flat,
    })
  })

  it("takes the zone's terms, and refuses outside every zone", () => {
    const z1 = { ...holed, freeFrom: 300, minOrderAmount: 200 }
    const priced = zonePricing({ ...flat, zones: [z1] }, at(30.2, 50.2))
    expect(priced).toMatchObject({
      deliverable: true,
      pricing: { fee: 60, freeFrom: 300, minOrderAmount: 200 },
    })
    expect(zonePricing({ ...flat, zones: [z1] }, at(31, 51)).deliverable).toBe(
      false
    )
  })

  it("compiles a zones array once", () => {
    const zones = [centre, holed]
    expect(compileZones(zones)).toBe(compileZones(zones))
  })
})

describe("zone options", () => {
  const base = { url: "http://127.0.0.1:5858" }
  const withZones =
    (zones: unknown[], extra: Record<string, unknown> = {}) =>
    () =>
      parseOptions({ ...base, delivery: { zones, ...extra } })
  const good = {
    id: "a",
    name: "A",
    fee: 10,
    pointId: "1",
    geometry: { type: "Polygon", coordinates: [square(0, 0, 1)] },
  }

  it("defaults to no zones", () => {
    expect(parseOptions(base).delivery.zones).toEqual([])
  })

  it("names the zone and field of a broken ring", () => {
    const open = square(0, 0, 1)
      .slice(0, 4)
      .concat([[0.5, 0.5]])
    expect(
      withZones([
        good,
        { ...good, id: "b" },
        {
          ...good,
          id: "c",
          geometry: { type: "Polygon", coordinates: [open] },
        },
      ])
    ).toThrow(
      /delivery\.zones\[2\]\.geometry\.coordinates\[0\]: ring not closed/
    )
    expect(
      withZones([
        {
          ...good,
          geometry: {
            type: "Polygon",
            coordinates: [square(0, 0, 1).slice(0, 3)],
          },
        },
      ])
    ).toThrow(/at least 4 positions/)
  })

  it("refuses latitude or longitude out of range, and a shapeless zone", () => {
    expect(
      withZones([{ ...good, circle: undefined, geometry: undefined }])
    ).toThrow(/delivery\.zones\[0\]\.geometry: a zone needs/)
    expect(
      withZones([
        {
          ...good,
          geometry: undefined,
          circle: { center: [30, 95], radius_m: 10 },
        },
      ])
    ).toThrow(/delivery\.zones\[0\]\.circle\.center: latitude 95/)
    expect(
      withZones([
        {
          ...good,
          geometry: {
            type: "Polygon",
            coordinates: [
              [
                [200, 0],
                [0, 1],
                [1, 1],
                [200, 0],
              ],
            ],
          },
        },
      ])
    ).toThrow(/longitude 200/)
  })

  it("refuses a pointId that delivery.points does not list", () => {
    expect(
      withZones([{ ...good, pointId: "9" }], {
        points: [{ id: "1", name: "One" }],
      })
    ).toThrow(/delivery\.zones\[0\]\.pointId: unknown pointId "9"/)
    expect(
      withZones([good], { points: [{ id: "1", name: "One" }] })
    ).not.toThrow()
  })

  it("refuses the same zone id twice", () => {
    expect(withZones([good, good])).toThrow(/zone id "a" is used twice/)
  })
})

describe("points with a server of their own", () => {
  const options = parseOptions({
    url: "http://127.0.0.1:5858",
    headers: { "X-Token": "main" },
    delivery: {
      points: [
        { id: "5", name: "Main" },
        {
          id: "10",
          name: "Left bank",
          url: "http://10.0.0.2:5858",
          headers: { "X-Token": "left" },
        },
      ],
    },
  })

  it("finds a point's own server, and none for a point on the main one", () => {
    expect(pointServer(options, "10")).toEqual({
      url: "http://10.0.0.2:5858",
      headers: { "X-Token": "left" },
    })
    expect(pointServer(options, "5")).toBeNull()
    expect(pointServer(options, null)).toBeNull()
  })

  it("hides a point's header values from the admin", () => {
    expect(describeOptions(options).delivery.points[1]).toMatchObject({
      headers: ["X-Token"],
    })
  })

  it("refuses a point URL that is not http(s)", () => {
    expect(() =>
      parseOptions({
        url: "http://127.0.0.1:5858",
        delivery: { points: [{ id: "1", name: "A", url: "ftp://x" }] },
      })
    ).toThrow(/delivery\.points\[0\]\.url/)
  })
})
