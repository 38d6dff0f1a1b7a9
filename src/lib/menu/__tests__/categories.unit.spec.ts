import { categoriesToCreate, categoryIdOf, menuGroups } from "../categories"

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

  it("finds a group's category by name or handle", () => {
    expect(categoryIdOf(found, "Піца")).toBe("pcat_1")
    expect(categoryIdOf(found, "Напої")).toBe("pcat_2")
    expect(categoryIdOf(found, "Суші")).toBeNull()
    expect(categoryIdOf(found, null)).toBeNull()
  })
})
