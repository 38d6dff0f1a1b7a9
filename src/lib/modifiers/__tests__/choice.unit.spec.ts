import {
  choiceProblemsMessage,
  lineModifiers,
  LINE_MODIFIERS_KEY,
  modifiedUnitPrice,
  resolveModifierChoice,
  type OfferedGroup,
} from "../choice"
import { modifierLanguage } from "../language"
import { modsOfLine } from "../mods"

const extras: OfferedGroup = {
  id: "g1",
  name: "Додатки",
  min: 0,
  max: 2,
  sort: 1,
  options: [
    {
      id: "o1",
      name: "Сир",
      price: "25",
      modificator_id: 12,
      kind: 1,
      kind1: 1,
      ref: 555,
    },
    {
      id: "o2",
      name: "Бекон",
      price: 30.5,
      modificator_id: 13,
      kind: 1,
      kind1: 1,
      ref: 556,
    },
    {
      id: "o3",
      name: "Халапеньо",
      price: 15,
      modificator_id: 14,
      kind: 1,
      kind1: 1,
      ref: 557,
    },
  ],
}
const crust: OfferedGroup = {
  id: "g2",
  name: "Борт",
  min: 1,
  max: 1,
  sort: 0,
  options: [
    {
      id: "o4",
      name: "Тонкий",
      price: 0,
      modificator_id: 20,
      kind: 1,
      kind1: 1,
      ref: 600,
      is_default: true,
    },
    {
      id: "o5",
      name: "Сирний",
      price: 40,
      modificator_id: 21,
      kind: 1,
      kind1: 1,
      ref: 601,
    },
  ],
}

describe("resolveModifierChoice", () => {
  it("keeps the choice in group order and applies defaults where nothing was picked", () => {
    const result = resolveModifierChoice(
      [extras, crust],
      [{ option_id: "o1", quantity: 2 }, { option_id: "o2" }]
    )
    expect(result).toEqual({
      ok: true,
      modifiers: [
        expect.objectContaining({
          option_id: "o4",
          group: "Борт",
          quantity: 1,
        }),
        expect.objectContaining({
          option_id: "o1",
          quantity: 2,
          price: 25,
          modificatorId: 12,
          kind: 1,
          kind1: 1,
          ref: 555,
        }),
        expect.objectContaining({ option_id: "o2", quantity: 1, price: 30.5 }),
      ],
    })
  })

  it("a pick replaces the group's default", () => {
    const result = resolveModifierChoice([crust], [{ option_id: "o5" }])
    expect(result.ok && result.modifiers.map((m) => m.option_id)).toEqual([
      "o5",
    ])
  })

  it("refuses over max and under min, naming the group", () => {
    const over = resolveModifierChoice(
      [extras],
      [{ option_id: "o1" }, { option_id: "o2" }, { option_id: "o3" }]
    )
    expect(over).toEqual({
      ok: false,
      problems: [{ code: "too_many", group: "Додатки", max: 2, chosen: 3 }],
    })
    const under = resolveModifierChoice(
      [
        {
          ...crust,
          options: crust.options.map((o) => ({ ...o, is_default: false })),
        },
      ],
      []
    )
    expect(under).toEqual({
      ok: false,
      problems: [{ code: "too_few", group: "Борт", min: 1, chosen: 0 }],
    })
    expect(
      !under.ok && choiceProblemsMessage(under.problems, "Маргарита", "en")
    ).toBe('Choose at least 1 in "Борт" for "Маргарита" (0 chosen)')
    expect(
      !over.ok && choiceProblemsMessage(over.problems, "Маргарита", "uk")
    ).toBe(
      "У групі «Додатки» до страви «Маргарита» можна обрати не більше 2 (обрано 3)"
    )
  })

  it("refuses an option not offered with the dish, a repeat and a bad quantity", () => {
    const result = resolveModifierChoice(
      [extras],
      [
        { option_id: "nope" },
        { option_id: "o1" },
        { option_id: "o1" },
        { option_id: "o2", quantity: 0 },
      ]
    )
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual([
      "unknown_option",
      "repeated_option",
      "bad_quantity",
    ])
    expect(
      !result.ok &&
        choiceProblemsMessage(result.problems.slice(0, 1), "Піца", "ru")
    ).toBe("Модификатор nope не предлагается к блюду «Піца»")
  })
})

describe("pricing, metadata and mods", () => {
  it("prices the line as base + Σ price × quantity, to the cent", () => {
    expect(modifiedUnitPrice(185, [])).toBe(185)
    expect(
      modifiedUnitPrice(185, [
        { price: 25, quantity: 2 },
        { price: 30.5, quantity: 1 },
      ])
    ).toBe(265.5)
    expect(modifiedUnitPrice(0.1, [{ price: 0.2, quantity: 1 }])).toBe(0.3)
  })

  it("reads a line's modifiers back and sends them as mods", () => {
    const result = resolveModifierChoice(
      [extras],
      [{ option_id: "o1", quantity: 2 }]
    )
    const metadata = { [LINE_MODIFIERS_KEY]: result.ok ? result.modifiers : [] }
    expect(modsOfLine(lineModifiers(metadata))).toEqual([
      { modificatorId: 12, kind: 1, kind1: 1, ref: 555, quant: 2 },
    ])
    expect(lineModifiers(null)).toEqual([])
    expect(lineModifiers({ [LINE_MODIFIERS_KEY]: "x" })).toEqual([])
  })
})

describe("modifierLanguage", () => {
  it("reads the cart's locale like the phone check, with Russian", () => {
    expect(modifierLanguage({ locale: "en-US" })).toBe("en")
    expect(modifierLanguage({ locale: "ru" })).toBe("ru")
    expect(modifierLanguage({ metadata: { locale: "ru-UA" } })).toBe("ru")
    expect(modifierLanguage({})).toBe("uk")
  })
})
