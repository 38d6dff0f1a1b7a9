import { customerIdsOf } from "../customer-event"

describe("customerIdsOf", () => {
  it("reads one customer or several", () => {
    expect(customerIdsOf({ id: "cus_1" })).toEqual(["cus_1"])
    expect(customerIdsOf([{ id: "cus_1" }, { id: "cus_2" }])).toEqual([
      "cus_1",
      "cus_2",
    ])
  })

  it("drops entries without a usable id", () => {
    expect(
      customerIdsOf([
        { id: "" },
        null as any,
        { id: 3 } as any,
        { id: "cus_3" },
      ])
    ).toEqual(["cus_3"])
    expect(customerIdsOf(undefined)).toEqual([])
  })
})
