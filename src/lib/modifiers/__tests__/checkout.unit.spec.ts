import { LINE_MODIFIERS_KEY, type OfferedGroup } from "../choice"
import { modifierCheckoutProblem } from "../checkout"

const group: OfferedGroup = {
  id: "g1",
  name: "Борт",
  min: 1,
  max: 1,
  options: [
    {
      id: "o1",
      name: "Сирний",
      price: 40,
      modificator_id: 21,
      kind: 1,
      kind1: 1,
      ref: 601,
    },
  ],
}
const groups = new Map([["p1", [group]]])
const modified = (option_id: string, name = "Сирний") => ({
  product_id: "p1",
  product_title: "Маргарита",
  metadata: {
    [LINE_MODIFIERS_KEY]: [
      {
        group_id: "g1",
        group: "Борт",
        option_id,
        name,
        quantity: 1,
        price: 40,
        modificatorId: 21,
        kind: 1,
        kind1: 1,
        ref: 601,
      },
    ],
  },
})

describe("modifierCheckoutProblem", () => {
  it("passes lines whose modifiers are still offered, and plain lines of other dishes", () => {
    expect(
      modifierCheckoutProblem(
        [modified("o1"), { product_id: "p2", product_title: "Кола" }],
        groups,
        "uk"
      )
    ).toBeNull()
  })

  it("refuses a dish with a required group added without modifiers, naming both", () => {
    expect(
      modifierCheckoutProblem(
        [{ product_id: "p1", product_title: "Маргарита" }],
        groups,
        "en"
      )
    ).toBe(
      '"Маргарита" needs a choice in "Борт": add it to the cart with its modifiers'
    )
  })

  it("refuses a modifier deleted since the line was added", () => {
    expect(
      modifierCheckoutProblem([modified("gone", "Бекон")], groups, "uk")
    ).toBe(
      "Модифікатор «Бекон» до страви «Маргарита» більше не пропонується: видаліть страву з кошика й додайте її знову"
    )
  })

  it("refuses a line that no longer meets a group's bounds", () => {
    const stricter = new Map([
      ["p1", [group, { ...group, id: "g2", name: "Соус", options: [] }]],
    ])
    expect(modifierCheckoutProblem([modified("o1")], stricter, "ru")).toBe(
      "Выберите не меньше 1 в группе «Соус» к блюду «Маргарита» (выбрано 0)"
    )
  })
})
