import { ArchiDeliveryError, formatOrderItems, type OrderItem } from ".."

const items: OrderItem[] = [
  { menuId: "3", quant: 5 },
  { menuId: "13", quant: 3 },
]

describe("formatOrderItems", () => {
  it("writes the legacy ID#qty list", () => {
    expect(formatOrderItems(items, "legacy")).toBe("3#5,13#3")
    expect(formatOrderItems([{ menuId: " 7 ", quant: 0.5 }], "legacy")).toBe(
      "7#0.5"
    )
  })

  it("writes the JSON list, numeric ids as numbers, mods only when present", () => {
    const json = formatOrderItems(
      [
        {
          menuId: "1234",
          quant: 1,
          mods: [{ modificatorId: 12, kind: 1, kind1: 1, ref: 555, quant: 1 }],
        },
        { menuId: "A-7", quant: 2 },
      ],
      "json"
    )
    expect(json).toBe(
      '[{"menuId":1234,"quant":1,"mods":[{"modificatorId":12,"kind":1,"kind1":1,"ref":555,"quant":1}]},{"menuId":"A-7","quant":2}]'
    )
  })

  it.each([
    ["no items", [], "legacy", "items"],
    [
      "an item without a menu id",
      [{ menuId: " ", quant: 1 }],
      "json",
      "items[0].menuId",
    ],
    [
      "a zero quantity",
      [items[0], { menuId: "5", quant: 0 }],
      "json",
      "items[1].quant",
    ],
    [
      "a NaN quantity",
      [{ menuId: "5", quant: NaN }],
      "legacy",
      "items[0].quant",
    ],
    [
      "a separator in a legacy id",
      [{ menuId: "5#1", quant: 1 }],
      "legacy",
      "items[0].menuId",
    ],
    [
      "modifiers in the legacy format",
      [
        {
          menuId: "5",
          quant: 1,
          mods: [{ modificatorId: 1, kind: 0, kind1: 0, ref: 2, quant: 1 }],
        },
      ],
      "legacy",
      "items[0].mods",
    ],
    [
      "a bad modifier",
      [
        {
          menuId: "5",
          quant: 1,
          mods: [{ modificatorId: 1, kind: 2, kind1: 0, ref: 2, quant: 1 }],
        },
      ],
      "json",
      "items[0].mods[0]",
    ],
  ])(
    "refuses %s, naming the field, before anything is sent",
    (_n, list, format, field) => {
      let error: unknown
      try {
        formatOrderItems(list as OrderItem[], format as "legacy" | "json")
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(ArchiDeliveryError)
      expect(error).toMatchObject({
        kind: "rejected",
        method: "neworder",
        field,
      })
      expect((error as Error).message).toContain(field)
      expect((error as ArchiDeliveryError).exchange).toBeUndefined()
    }
  )
})
