import {
  baseOfName,
  chunkByGroup,
  normalizeName,
  parseSizeSuffix,
  sizeOf,
  withSizes,
  type SizeOptions,
} from "../sizes"
import { readRow } from "../menu-row"
import { item } from "./support/fixtures"

const SUFFIX: SizeOptions = { grouping: "suffix", optionTitle: "Розмір" }

describe("parseSizeSuffix", () => {
  it.each([
    ["Маргарита 30 см", "Маргарита", "30 см"],
    ["Маргарита 30см", "Маргарита", "30 см"],
    ["Coca-Cola 0,5 л", "Coca-Cola", "0,5 л"],
    ["Coca-Cola 0.5 л", "Coca-Cola", "0.5 л"],
    ["Сік апельсиновий 1 л", "Сік апельсиновий", "1 л"],
    ["Морс 500 мл", "Морс", "500 мл"],
    ["Філадельфія 8 шт", "Філадельфія", "8 шт"],
    ["Філадельфія (8 шт.)", "Філадельфія", "8 шт"],
    ["Крила BBQ, 250 г", "Крила BBQ", "250 г"],
    ["Крила 250гр", "Крила", "250 г"],
    ["Шашлик 1 кг", "Шашлик", "1 кг"],
    ["Pizza Margherita 30 cm", "Pizza Margherita", "30 cm"],
    ["Cola 0.5 L", "Cola", "0.5 l"],
    ["Wings 250 g", "Wings", "250 g"],
    ["Roll 8 pcs", "Roll", "8 pcs"],
    ["Піца «Ґазда» 30 см", "Піца «Ґазда»", "30 см"],
  ])("reads %s as %s + %s", (name, base, label) => {
    expect(parseSizeSuffix(name)).toEqual({ base, label })
  })

  it.each([
    "Тірамісу",
    "Суші-сет №2 «Сім'я»",
    "30 см",
    "Піца30 см",
    "Салат 30 смаків",
    "Рол 8",
  ])("finds no size in %s", (name) => {
    expect(parseSizeSuffix(name)).toBeNull()
  })
})

describe("sizeOf", () => {
  it("groups by the dish's name within a menu group, ignoring case and quotes", () => {
    const a = sizeOf(item({ name: "Піца «Ґазда» 30 см" }), SUFFIX)
    const b = sizeOf(item({ name: "піца ґазда 40 см" }), SUFFIX)
    expect(a?.key).toBe(b?.key)
    expect(a).toMatchObject({ base: "Піца «Ґазда»", label: "30 см" })
    const other = sizeOf(
      item({ name: "Піца «Ґазда» 30 см", group: "Акції" }),
      SUFFIX
    )
    expect(other?.key).not.toBe(a?.key)
  })

  it("gives no group to a row without a size or with grouping off", () => {
    expect(sizeOf(item({ name: "Тірамісу" }), SUFFIX)).toBeNull()
    expect(sizeOf(item(), { ...SUFFIX, grouping: "off" })).toBeNull()
  })

  it("groups by the configured field, labelling by the suffix or the whole name", () => {
    const opts: SizeOptions = {
      grouping: "field",
      groupField: "PARENT",
      optionTitle: "Розмір",
    }
    expect(sizeOf(item({ size_group: "7" }), opts)).toEqual({
      key: "field:піца:7",
      base: "Маргарита",
      label: "30 см",
    })
    expect(
      sizeOf(item({ name: "Маргарита велика", size_group: "7" }), opts)
    ).toMatchObject({ key: "field:піца:7", label: "Маргарита велика" })
    expect(sizeOf(item({ size_group: null }), opts)).toBeNull()
  })
})

describe("the group field", () => {
  it("is read from the row only when configured", () => {
    const fields = {
      id: "ID",
      name: "NAME",
      price: "PRICE",
      weight: "WEIGHT",
      group: "MGNAME",
    }
    const row = { ID: 1, NAME: "Маргарита велика", PRICE: 1, PARENT: 7 }
    expect(readRow(row, { ...fields, sizeGroup: "PARENT" })).toMatchObject({
      item: { size_group: "7" },
    })
    expect(readRow(row, fields)).not.toHaveProperty("item.size_group")
  })
})

describe("chunkByGroup", () => {
  it("keeps a group's rows together with its first row", () => {
    const rows = withSizes(
      [
        item({ archidelivery_id: "1", name: "Маргарита 30 см" }),
        item({ archidelivery_id: "2", name: "Тірамісу" }),
        item({ archidelivery_id: "3", name: "Пепероні 30 см" }),
        item({ archidelivery_id: "4", name: "Маргарита 40 см" }),
        item({ archidelivery_id: "5", name: "Пепероні 40 см" }),
      ],
      SUFFIX
    )
    const ids = chunkByGroup(rows, 2).map((c) =>
      c.map((i) => i.archidelivery_id)
    )
    expect(ids).toEqual([["1", "4"], ["2"], ["3", "5"]])
    expect(chunkByGroup(rows, 250).flat()).toHaveLength(5)
  })
})

describe("names", () => {
  it("normalizes case, spaces and quotes", () => {
    expect(normalizeName("  Піца  «Ґазда» ")).toBe("піца ґазда")
  })

  it("takes the size off a row's name to give the dish's", () => {
    expect(baseOfName("Маргарита 40 см", "40 см")).toBe("Маргарита")
    expect(baseOfName("Маргарита", "40 см")).toBe("Маргарита")
    expect(baseOfName("Маргарита 40 см", "1 л")).toBe("Маргарита 40 см")
  })
})
