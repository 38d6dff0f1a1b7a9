import { zoneTest } from "../zones-view"
import { zoneSchema } from "../zones-schema"

const circle = zoneSchema.parse({
  id: "c",
  name: "Centre",
  fee: 0,
  freeFrom: 300,
  minOrderAmount: 200,
  etaMinutes: 40,
  pointId: "5",
  circle: { center: [30.5, 50.4], radius_m: 2000 },
})
const delivery = { fee: 50, minOrderAmount: 0, zones: [circle] }

describe("zoneTest", () => {
  it("answers the zone, its terms and point", () => {
    expect(zoneTest(delivery, "1", { lat: 50.4, lng: 30.5 })).toMatchObject({
      zone: { id: "c", name: "Centre" },
      deliverable: true,
      fee: 0,
      free_from: 300,
      min_order_amount: 200,
      eta_minutes: 40,
      point_id: "5",
    })
  })

  it("answers zone null outside every zone", () => {
    expect(zoneTest(delivery, "1", { lat: 10, lng: 10 })).toMatchObject({
      zone: null,
      deliverable: false,
      fee: null,
      point_id: null,
    })
  })

  it("answers the flat terms and the shop's point without zones", () => {
    expect(
      zoneTest({ ...delivery, zones: [] }, "1", { lat: 10, lng: 10 })
    ).toMatchObject({ zone: null, deliverable: true, fee: 50, point_id: "1" })
  })
})
