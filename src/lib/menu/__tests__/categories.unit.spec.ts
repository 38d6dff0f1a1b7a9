import {
  categoriesToCreate,
  categoryIdOf,
  groupsWithoutCategory,
  menuGroups,
  newMenuGroups,
} from "../categories"

const found = [
  { id: "pcat_1", name: "Піца", handle: "pizza" },
  { id: "pcat_2", name: "Drinks", handle: "напої" },
]

describe("menu categories", () => {
  it("takes each group once and leaves rows without one out", () => {
    expect(
      menuGroups([{ group: "Піца" }, { group: null }, { group: "Піца" }])
    ).toEqual(["Піца"])
  })

  it("creates only groups no category stands for, by name or handle", () => {
    expect(categoriesToCreate(["Піца", "Напої", "Суші"], found)).toEqual([
      { name: "Суші", handle: "суші", is_active: true },
    ])
  })

  it("takes the groups of rows no link holds yet, each once", () => {
    const items = [
      { archidelivery_id: "1", group: "Піца" },
      { archidelivery_id: "2", group: "Суші" },
      { archidelivery_id: "3", group: "Піца" },
      { archidelivery_id: "4", group: null },
      { archidelivery_id: "5", group: "Напої" },
    ]
    expect(newMenuGroups(items, new Set(["2", "3", "5"]))).toEqual(["Піца"])
    expect(newMenuGroups(items, new Set())).toEqual(["Піца", "Суші", "Напої"])
    expect(newMenuGroups(items, new Set(["1", "2", "3", "5"]))).toEqual([])
  })

  it("keeps the groups no given category stands for", () => {
    expect(groupsWithoutCategory(["Піца", "Напої", "Суші"], found)).toEqual([
      "Суші",
    ])
    expect(groupsWithoutCategory(["Суші"], [])).toEqual(["Суші"])
  })

  it("finds a group's category by name or handle", () => {
    expect(categoryIdOf(found, "Піца")).toBe("pcat_1")
    expect(categoryIdOf(found, "Напої")).toBe("pcat_2")
    expect(categoryIdOf(found, "Суші")).toBeNull()
    expect(categoryIdOf(found, null)).toBeNull()
  })
})
