import {
  legacyGroups,
  mergedDish,
  mergeLinks,
  mergeProblem,
  relinkToProduct,
  sizeLabelOfLink,
  type SizeLink,
} from "../regroup"

const row = (
  id: string,
  name: string,
  over: Partial<SizeLink> = {}
): SizeLink => ({
  id: `adprod_${id}`,
  archidelivery_id: id,
  product_id: `prod_${id}`,
  variant_id: `var_${id}`,
  approved: true,
  imported_name: name,
  imported_price: "185",
  imported_weight: 450,
  imported_group: "Піца",
  group_key: null,
  size_label: null,
  ...over,
})

describe("legacyGroups", () => {
  it("finds dishes whose sizes are products of their own, by the suffix rule", () => {
    const groups = legacyGroups([
      row("102", "Маргарита 40 см"),
      row("101", "Маргарита 30 см"),
      row("105", "Чотири сири 30 см"),
      row("201", "Нігірі з лососем"),
      // Already grouped, and a second copy of one size: both left out.
      row("103", "Пепероні 30 см", { group_key: "k", size_label: "30 см" }),
      row("104", "Пепероні 40 см"),
      row("150", "Маргарита 40 см", { product_id: "prod_x" }),
    ])
    expect(groups).toEqual([
      {
        dish: "Маргарита",
        group: "Піца",
        rows: [
          { archidelivery_id: "101", product_id: "prod_101", size: "30 см" },
          { archidelivery_id: "102", product_id: "prod_102", size: "40 см" },
        ],
      },
    ])
  })
})

describe("merging", () => {
  it("refuses unknown rows, one product, and two rows of one size", () => {
    const a = row("1", "Фокача 20 см")
    const b = row("2", "Фокача велика 30 см")
    expect(mergeProblem([a, b], ["1", "2"])).toBeNull()
    expect(mergeProblem([a], ["1", "9"])).toContain("not imported")
    expect(
      mergeProblem([a, { ...b, product_id: a.product_id }], ["1", "2"])
    ).toContain("one product already")
    expect(mergeProblem([a, row("3", "Фокача 20см")], ["1", "3"])).toContain(
      'the same size "20 см"'
    )
  })

  it("takes the first asked row first and names the dish after it", () => {
    const links = mergeLinks(
      ["2", "1"],
      [row("1", "Фокача 20 см"), row("2", "Фокача 30 см"), row("0", "Х 1 л")]
    )
    expect(links.map((l) => l.archidelivery_id)).toEqual(["2", "1", "0"])
    const dish = mergedDish(links, null)
    expect(dish.base).toBe("Фокача")
    expect(dish.key).toBe("suffix:піца:фокача")
    expect(dish.sizes.map((s) => s.label)).toEqual(["30 см", "20 см", "1 л"])
  })

  it("labels a row without a size by its name, and relinks by label", () => {
    const plain = row("7", "Тірамісу")
    expect(sizeLabelOfLink(plain)).toBe("Тірамісу")
    expect(
      relinkToProduct(
        [plain],
        { id: "prod_n", variants: [{ id: "var_n", title: "Тірамісу" }] },
        "k",
        false
      )
    ).toEqual([
      {
        id: "adprod_7",
        product_id: "prod_n",
        variant_id: "var_n",
        group_key: "k",
        size_label: "Тірамісу",
        approved: false,
        approved_at: null,
        approved_by: null,
      },
    ])
  })
})
