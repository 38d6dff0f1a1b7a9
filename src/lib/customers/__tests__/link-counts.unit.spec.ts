import { addClientLinkCounts, countClientLinks } from "../link-counts"

describe("client link counts", () => {
  it("counts each status and the ambiguous links among the stored rows", () => {
    expect(
      countClientLinks(5, [
        { status: "linked", ambiguous: true },
        { status: "linked", ambiguous: false },
        { status: "pending", ambiguous: false },
        { status: "failed", ambiguous: false },
      ])
    ).toEqual({ attempted: 5, linked: 2, pending: 1, failed: 1, ambiguous: 1 })
  })

  it("adds a pass to a running total", () => {
    const total = countClientLinks(0, [])
    addClientLinkCounts(total, {
      attempted: 3,
      linked: 1,
      pending: 1,
      failed: 1,
      ambiguous: 1,
    })
    addClientLinkCounts(
      total,
      countClientLinks(1, [{ status: "linked", ambiguous: false }])
    )
    expect(total).toEqual({
      attempted: 4,
      linked: 2,
      pending: 1,
      failed: 1,
      ambiguous: 1,
    })
  })
})
