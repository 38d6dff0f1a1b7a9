import { isOfferedPoint, pointsFromRows, scalarText } from "../pickup-points"

describe("scalarText", () => {
  it("trims strings, writes numbers and drops the rest", () => {
    expect(scalarText(" 5 ")).toBe("5")
    expect(scalarText(77)).toBe("77")
    for (const v of [null, undefined, {}, true]) {
      expect(scalarText(v)).toBe("")
    }
  })
})

describe("pointsFromRows", () => {
  it("reads ArchiDelivery's upper-case and lower-case fields", () => {
    expect(
      pointsFromRows([
        { ID: 5, NAME: " Поділ ", ADDRESS: "вул. Сагайдачного, 1" },
        { id: "10", name: "Оболонь" },
      ])
    ).toEqual([
      { id: "5", name: "Поділ", address: "вул. Сагайдачного, 1" },
      { id: "10", name: "Оболонь" },
    ])
  })

  it("skips rows without an id and names a nameless point by its id", () => {
    expect(pointsFromRows([{ NAME: "Без номера" }, { ID: "7" }])).toEqual([
      { id: "7", name: "#7" },
    ])
  })
})

describe("isOfferedPoint", () => {
  const points = [{ id: "5", name: "Поділ" }]

  it("accepts only a listed point", () => {
    expect(isOfferedPoint(points, "5")).toBe(true)
    expect(isOfferedPoint(points, "42")).toBe(false)
  })

  it("lets the admin's point stand when there is no list", () => {
    expect(isOfferedPoint([], "42")).toBe(true)
  })
})
