import { leaseOutlivesRequest, requestBudgetMs, toClaimed } from "../claim"

describe("toClaimed", () => {
  const row = {
    id: "sync_1",
    order_id: "order_1",
    display_id: 42,
    claim_token: "token" as string | null,
    attempts: 2,
    reconcile: true,
    last_error_kind: "unknown_outcome",
    created_at: new Date(Date.UTC(2026, 10, 28, 18, 0)) as Date | string,
  }

  it("keeps what a push needs, the claim token and an ISO creation time", () => {
    expect(toClaimed(row)).toEqual({
      ...row,
      created_at: "2026-11-28T18:00:00.000Z",
      point_id: null,
    })
  })

  it("keeps the row's point", () => {
    expect(toClaimed({ ...row, point_id: "10" }).point_id).toBe("10")
  })

  it("reads a row without a token as holding none", () => {
    expect(toClaimed({ ...row, claim_token: null }).claim_token).toBe("")
  })

  it("takes a creation time as a string too", () => {
    expect(
      toClaimed({ ...row, created_at: "2026-11-28T18:00:00Z" }).created_at
    ).toBe("2026-11-28T18:00:00.000Z")
  })
})

describe("leaseOutlivesRequest", () => {
  const opts = {
    leaseSeconds: 120,
    connectTimeoutMs: 5_000,
    replyTimeoutMs: 15_000,
  }
  const claimedAt = 1_000_000

  it("starts a request only when the lease outlives it and a margin", () => {
    // 120 s lease, 22 s needed (5 s + 15 s + 2 s margin): the last safe start is at 98 s.
    expect(leaseOutlivesRequest(claimedAt, opts, claimedAt)).toBe(true)
    expect(leaseOutlivesRequest(claimedAt, opts, claimedAt + 98_000)).toBe(true)
    expect(leaseOutlivesRequest(claimedAt, opts, claimedAt + 98_001)).toBe(
      false
    )
  })
})

describe("requestBudgetMs", () => {
  it("is both timeouts and a margin", () => {
    expect(
      requestBudgetMs({ connectTimeoutMs: 5_000, replyTimeoutMs: 15_000 })
    ).toBe(22_000)
  })
})
