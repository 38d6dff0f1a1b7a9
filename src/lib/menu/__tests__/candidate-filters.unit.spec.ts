import { menuActiveCandidateFilters } from "../availability"
import { missingCandidateFilters } from "../missing-links"

describe("missingCandidateFilters", () => {
  it("asks for unflagged links outside the menu and flagged ones in it", () => {
    expect(missingCandidateFilters(["1", "2", "3"], 2)).toEqual({
      gone: { missing: false, archidelivery_id: { $nin: ["1", "2", "3"] } },
      back: [
        { missing: true, archidelivery_id: ["1", "2"] },
        { missing: true, archidelivery_id: ["3"] },
      ],
    })
  })

  it("asks for every unflagged link when the menu names nothing", () => {
    expect(missingCandidateFilters([])).toEqual({
      gone: { missing: false },
      back: [],
    })
  })

  it("leaves a menu too long to list out of the unflagged links' query", () => {
    const ids = Array.from({ length: 30_001 }, (_, i) => String(i))
    const { gone, back } = missingCandidateFilters(ids)
    expect(gone).toEqual({ missing: false })
    expect(back.flatMap((f) => f.archidelivery_id as string[])).toEqual(ids)
  })
})

describe("menuActiveCandidateFilters", () => {
  it("asks for the links of inactive rows and switched-off links of active ones", () => {
    expect(
      menuActiveCandidateFilters(
        [
          { archidelivery_id: "1", active: false },
          { archidelivery_id: "2", active: true },
          { archidelivery_id: "3", active: true },
          { archidelivery_id: "4", active: true },
        ],
        2
      )
    ).toEqual([
      { archidelivery_id: ["1"] },
      { menu_active: false, archidelivery_id: ["2", "3"] },
      { menu_active: false, archidelivery_id: ["4"] },
    ])
  })

  it("asks for nothing when the menu is empty", () => {
    expect(menuActiveCandidateFilters([])).toEqual([])
  })
})
