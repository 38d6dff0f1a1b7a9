import { ArchiDeliveryError } from "../../archidelivery"
import { MenuSchemaError, menuReadFailure, readMenu } from "../read-menu"

const FIELDS = {
  id: "ID",
  name: "NAME",
  price: "PRICE",
  weight: "WEIGHT",
  group: "MGNAME",
}

const row = (over: Record<string, unknown> = {}) => ({
  ID: 101,
  NAME: "Маргарита 30 см",
  PRICE: 185,
  WEIGHT: 450,
  MGNAME: "Піца",
  ...over,
})

describe("readMenu", () => {
  it("reads valid rows with their configured field names", () => {
    const custom = {
      id: "CODE",
      name: "TITLE",
      price: "COST",
      weight: "GRAMS",
      group: "GROUP",
    }
    const result = readMenu(
      [
        {
          CODE: "7",
          TITLE: " Узвар ",
          COST: "49,5",
          GRAMS: "500",
          GROUP: "Напої",
        },
      ],
      custom
    )
    expect(result.items).toEqual([
      {
        archidelivery_id: "7",
        name: "Узвар",
        price: 49.5,
        weight: 500,
        group: "Напої",
        active: true,
      },
    ])
    expect(result.invalid).toEqual([])
    expect(result.fetched).toBe(1)
  })

  it("keeps numbers as major units and rounds weights to grams", () => {
    const { items } = readMenu(
      [row({ PRICE: 239.5, WEIGHT: 480.6, MGNAME: "" })],
      FIELDS
    )
    expect(items[0]).toEqual({
      archidelivery_id: "101",
      name: "Маргарита 30 см",
      price: 239.5,
      weight: 481,
      group: null,
      active: true,
    })
  })

  it("accepts a row without weight", () => {
    const { items } = readMenu([row({ WEIGHT: undefined })], FIELDS)
    expect(items[0].weight).toBeNull()
  })

  it.each([
    [{ ID: undefined }, "ID is missing", "id_missing"],
    [{ ID: " " }, "ID is missing", "id_missing"],
    [{ ID: { a: 1 } }, 'ID is not an id: {"a":1}', "id_invalid"],
    [{ NAME: "  " }, "NAME is empty", "name_empty"],
    [{ NAME: undefined }, "NAME is empty", "name_empty"],
    [{ PRICE: undefined }, "PRICE is missing", "price_missing"],
    [{ PRICE: "" }, "PRICE is missing", "price_missing"],
    [{ PRICE: "abc" }, 'PRICE is not a number: "abc"', "price_invalid"],
    [{ PRICE: "12abc" }, 'PRICE is not a number: "12abc"', "price_invalid"],
    [{ PRICE: -5 }, "PRICE is negative: -5", "price_negative"],
    [
      { WEIGHT: "heavy" },
      'WEIGHT is not a weight in grams: "heavy"',
      "weight_invalid",
    ],
  ])("reports an invalid row %j", (over, message, code) => {
    const result = readMenu([row(over), row({ ID: 102 })], FIELDS)
    expect(result.items.map((i) => i.archidelivery_id)).toEqual(["102"])
    expect(result.invalid).toHaveLength(1)
    expect(result.invalid[0]).toMatchObject({
      action: "invalid",
      product_id: null,
      message,
      code,
    })
    expect(result.invalid[0].params?.field).toBeDefined()
  })

  it("reports every copy of a duplicated id and keeps the others", () => {
    const result = readMenu(
      [row({ ID: 101 }), row({ ID: 102 }), row({ ID: "101", NAME: "Інша" })],
      FIELDS
    )
    expect(result.items.map((i) => i.archidelivery_id)).toEqual(["102"])
    expect(result.invalid).toEqual([
      expect.objectContaining({
        archidelivery_id: "101",
        name: "Маргарита 30 см",
        message: "duplicate ID 101 (rows 1, 3)",
        code: "duplicate_id",
        params: { field: "ID", id: "101", rows: "1, 3" },
      }),
      expect.objectContaining({
        archidelivery_id: "101",
        name: "Інша",
        message: "duplicate ID 101 (rows 1, 3)",
      }),
    ])
    expect(result.seen_ids.sort()).toEqual(["101", "102"])
  })

  it("names the field when no row carries it (a schema break)", () => {
    const run = () => readMenu([{ ID: 1, NAME: "a", COST: 2 }], FIELDS)
    expect(run).toThrow(MenuSchemaError)
    expect(run).toThrow(/no PRICE field \(menuFields.price = "PRICE"\)/)
  })

  it("takes an empty menu as empty", () => {
    expect(readMenu([], FIELDS)).toEqual({
      fetched: 0,
      items: [],
      invalid: [],
      seen_ids: [],
    })
  })
})

describe("menuReadFailure", () => {
  it("says what went wrong with ArchiDelivery, then its own words", () => {
    const e = new ArchiDeliveryError(
      "unreachable",
      "getallmenu",
      "ECONNREFUSED"
    )
    expect(menuReadFailure(e)).toBe(
      "ArchiDelivery is unreachable: ECONNREFUSED"
    )
    const odd = new ArchiDeliveryError(
      "other" as never,
      "getallmenu",
      "something"
    )
    expect(menuReadFailure(odd)).toBe("ArchiDelivery failed: something")
  })

  it("words a schema break as a reply that is not a menu", () => {
    expect(menuReadFailure(new MenuSchemaError("PRICE", "no PRICE"))).toBe(
      "ArchiDelivery's reply does not match the menu schema: no PRICE"
    )
  })

  it("lets any other error pass on as it is", () => {
    expect(menuReadFailure(new Error("bug"))).toBeNull()
  })
})
