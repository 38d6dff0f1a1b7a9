import { orderPointId } from "../zones-point"
import { zoneSchema } from "../zones-schema"

const zone = zoneSchema.parse({
  id: "left",
  name: "Left bank",
  fee: 60,
  pointId: "10",
  cities: ["Бровари"],
})
const options = { pointId: "5", delivery: { zones: [zone] } }

describe("orderPointId", () => {
  it("takes the chosen point for a pickup", () => {
    expect(
      orderPointId(
        { shipping_methods: [{ data: { type: "pickup", point_id: "7" } }] },
        options
      )
    ).toBe("7")
    expect(
      orderPointId(
        {
          shipping_methods: [
            { shipping_option: { data: { id: "archidelivery-pickup-8" } } },
          ],
        },
        options
      )
    ).toBe("8")
  })

  it("takes the zone's point for a courier, else the shop's point", () => {
    const courier = [{ data: { type: "delivery" } }]
    expect(
      orderPointId(
        { shipping_address: { city: "Бровари" }, shipping_methods: courier },
        options
      )
    ).toBe("10")
    expect(
      orderPointId(
        { shipping_address: { city: "Львів" }, shipping_methods: courier },
        options
      )
    ).toBe("5")
    expect(orderPointId({}, { delivery: { zones: [] } })).toBeNull()
  })
})
