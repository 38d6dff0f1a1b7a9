import {
  approvalPatch,
  approvalSnapshot,
  inRequestOrder,
  linksToChange,
  unknownProductIds,
} from "../approval"

const at = new Date("2025-03-04T05:06:07Z")
const link = (product_id: string, approved: boolean) => ({
  id: `adprod_${product_id}`,
  product_id,
  approved,
  approved_at: approved ? at : null,
  approved_by: approved ? "user_1" : null,
})

describe("approval", () => {
  it("names the ids that are not imported products", () => {
    expect(
      unknownProductIds(["prod_1", "prod_2", "prod_3"], [link("prod_2", false)])
    ).toEqual(["prod_1", "prod_3"])
  })

  it("changes only links whose approval differs, keeping a first approval", () => {
    const links = [link("prod_1", true), link("prod_2", false)]
    expect(linksToChange(links, true).map((l) => l.product_id)).toEqual([
      "prod_2",
    ])
    expect(linksToChange(links, false).map((l) => l.product_id)).toEqual([
      "prod_1",
    ])
  })

  it("records who and when on approval and clears both on withdrawal", () => {
    expect(approvalPatch(true, "user_2", at)).toEqual({
      approved: true,
      approved_at: at,
      approved_by: "user_2",
    })
    expect(approvalPatch(false, "user_2", at)).toEqual({
      approved: false,
      approved_at: null,
      approved_by: null,
    })
  })

  it("keeps what compensation needs to put an approval back", () => {
    expect(approvalSnapshot(link("prod_1", true))).toEqual({
      id: "adprod_prod_1",
      approved: true,
      approved_at: at,
      approved_by: "user_1",
    })
  })

  it("answers in the order the ids were asked for", () => {
    const sorted = inRequestOrder(
      [link("prod_1", true), link("prod_3", true), link("prod_2", true)],
      ["prod_3", "prod_1", "prod_2"]
    )
    expect(sorted.map((l) => l.product_id)).toEqual([
      "prod_3",
      "prod_1",
      "prod_2",
    ])
  })
})
