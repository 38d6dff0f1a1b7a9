import { readStreetAndHouse, splitStreetAndHouse } from "../address"

describe("splitStreetAndHouse", () => {
  it.each([
    ["вул. Хрещатик, 22", "вул. Хрещатик", "22"],
    ["вул. Хрещатик 22", "вул. Хрещатик", "22"],
    ["просп. Героїв Сталінграда, 8а", "просп. Героїв Сталінграда", "8а"],
    ["вул. Саксаганського, буд. 41, кв. 12", "вул. Саксаганського", "41"],
    ["вул. Січових Стрільців, 22/1", "вул. Січових Стрільців", "22/1"],
    ["вул. 8 Березня, 14", "вул. 8 Березня", "14"],
    ["22 Main St", "Main St", "22"],
    ["Khreshchatyk St 22, apt 5", "Khreshchatyk St", "22"],
  ])("%s → %s / %s", (line, street, house) => {
    expect(splitStreetAndHouse(line)).toMatchObject({ street, house })
  })

  it.each([
    ["", "empty"],
    ["вул. Хрещатик", "no house number"],
    ["22", "no street"],
    ["вул. Хрещатик, кв. 5", "only a flat number"],
  ])("refuses %j (%s)", (line) => {
    expect(splitStreetAndHouse(line)).toBeNull()
  })
})

describe("readStreetAndHouse", () => {
  it("takes the house from metadata.house when a storefront sends it apart", () => {
    expect(
      readStreetAndHouse({
        address_1: "вул. Хрещатик",
        metadata: { house: "22" },
      })
    ).toEqual({ street: "вул. Хрещатик", house: "22" })
    expect(
      readStreetAndHouse({ address_1: "Main St", metadata: { house: 7 } })
    ).toEqual({
      street: "Main St",
      house: "7",
    })
  })

  it("still needs a street beside metadata.house", () => {
    expect(
      readStreetAndHouse({ address_1: "", metadata: { house: "22" } })
    ).toBeNull()
  })

  it("refuses a missing address", () => {
    expect(readStreetAndHouse(null)).toBeNull()
    expect(readStreetAndHouse({ address_1: null })).toBeNull()
  })
})
