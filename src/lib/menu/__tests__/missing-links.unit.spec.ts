import { missingChanges, missingReport } from "../missing-links"

const since = new Date("2025-01-15T10:00:00Z")
const link = (archidelivery_id: string, missing: boolean) => ({
  id: `adprod_${archidelivery_id}`,
  archidelivery_id,
  missing,
  missing_since: missing ? since : null,
})

describe("missingChanges", () => {
  it("flags links gone from the menu and unflags rows that came back", () => {
    const changes = missingChanges(
      [
        link("101", false),
        link("102", false),
        link("103", true),
        link("104", true),
      ],
      ["101", "103"]
    )
    expect(changes).toEqual({
      gone: ["adprod_102"],
      back: [{ id: "adprod_103", missing_since: since }],
    })
  })
})

describe("missingReport", () => {
  it("says since which day each link is missing", () => {
    const report = missingReport(
      [
        {
          archidelivery_id: "102",
          imported_name: "Узвар",
          product_id: "prod_2",
          missing_since: since,
        },
        {
          archidelivery_id: "103",
          imported_name: "Борщ",
          product_id: null,
          missing_since: null,
        },
      ],
      "2025-02-01T23:00:00.000Z"
    )
    expect(report).toEqual([
      {
        archidelivery_id: "102",
        name: "Узвар",
        action: "missing",
        product_id: "prod_2",
        message: "not in the menu since 2025-01-15",
        code: "missing_since",
        params: { since: "2025-01-15" },
      },
      expect.objectContaining({
        archidelivery_id: "103",
        message: "not in the menu since 2025-02-01",
      }),
    ])
  })
})
