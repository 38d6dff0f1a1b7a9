import {
  groupProblemMessage,
  modifierGroupProblems,
  type ModifierGroupDefinition,
} from "../group-definition"

const cheese = {
  name: "Сир",
  price: 25,
  modificator_id: 12,
  kind: 1,
  kind1: 1,
  ref: 555,
}
const onion = {
  name: "Без цибулі",
  price: 0,
  modificator_id: 0,
  kind: 0,
  kind1: 0,
  ref: 77,
}
const group = (
  over: Partial<ModifierGroupDefinition> = {}
): ModifierGroupDefinition => ({
  name: "Додатки",
  min: 0,
  max: 2,
  options: [cheese, onion],
  ...over,
})
const fields = (g: ModifierGroupDefinition) =>
  modifierGroupProblems(g).map((p) => p.field)

describe("modifierGroupProblems", () => {
  it("accepts a possible group", () => {
    expect(modifierGroupProblems(group())).toEqual([])
    expect(
      modifierGroupProblems(
        group({
          min: 1,
          max: 1,
          options: [{ ...cheese, is_default: true }, onion],
        })
      )
    ).toEqual([])
  })

  it("refuses min above max, naming min", () => {
    const problems = modifierGroupProblems(group({ min: 3, max: 2 }))
    expect(problems).toContainEqual({
      field: "min",
      message: "3 is more than max 2",
    })
    expect(groupProblemMessage(problems)).toContain("min: 3 is more than max 2")
  })

  it("refuses min above the number of options", () => {
    expect(fields(group({ min: 3, max: 3 }))).toEqual(["min"])
  })

  it("refuses max 0 and a negative or fractional min", () => {
    expect(modifierGroupProblems(group({ max: 0 }))[0]).toMatchObject({
      field: "max",
      message: expect.stringContaining("at least 1"),
    })
    expect(fields(group({ min: -1 }))).toEqual(["min"])
    expect(fields(group({ min: 0.5 }))).toEqual(["min"])
  })

  it("refuses a group without options or name", () => {
    expect(fields(group({ options: [] }))).toEqual(["options"])
    expect(fields(group({ name: " " }))).toEqual(["name"])
  })

  it("refuses a negative price and bad mappings, naming the option's field", () => {
    expect(
      fields(group({ options: [{ ...cheese, price: -5 }, onion] }))
    ).toEqual(["options[0].price"])
    expect(
      fields(group({ options: [cheese, { ...onion, kind: 2, kind1: -1 }] }))
    ).toEqual(["options[1].kind", "options[1].kind1"])
    expect(fields(group({ options: [{ ...cheese, ref: 0 }] }))).toEqual([
      "options[0].ref",
    ])
    expect(
      fields(group({ options: [{ ...cheese, modificator_id: 0 }] }))
    ).toEqual(["options[0].modificator_id"])
    expect(
      fields(group({ options: [{ ...cheese, default_quantity: 0 }] }))
    ).toEqual(["options[0].default_quantity"])
  })

  it("refuses two options with one mapping or one name", () => {
    const twin = { ...cheese, name: "Сир подвійний" }
    const problems = modifierGroupProblems(group({ options: [cheese, twin] }))
    expect(problems).toEqual([
      {
        field: "options[1].ref",
        message: expect.stringContaining("12/1/1/555 is already options[0]"),
      },
    ])
    expect(
      fields(group({ options: [cheese, { ...onion, name: "сир" }] }))
    ).toEqual(["options[1].name"])
  })

  it("refuses defaults that are not a valid choice", () => {
    const two = [
      { ...cheese, is_default: true },
      { ...onion, is_default: true },
    ]
    expect(fields(group({ max: 1, options: two }))).toEqual([
      "options.is_default",
    ])
    expect(
      fields(
        group({
          min: 2,
          max: 2,
          options: [{ ...cheese, is_default: true }, onion],
        })
      )
    ).toEqual(["options.is_default"])
  })
})
