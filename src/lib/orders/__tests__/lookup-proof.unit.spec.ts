import { ArchiDeliveryError } from "../../archidelivery"
import {
  listUntilFound,
  LOOKUP_RECHECK_MS,
  proofCandidates,
  proofFacts,
  proofIsFresh,
  proofStatuses,
  proofValues,
  proveLookup,
  refusedListing,
  type StoredProof,
} from "../lookup-proof"
import { facts } from "./support/fixtures"

describe("proveLookup", () => {
  const base = {
    archiOrderId: "1001",
    listedIds: ["1000", "1001"],
    data: { COMMENT: "#42", PHONE: "380671234567" },
    facts,
    pointId: "1",
    status: 12,
  }
  it("proves the lookup on an order found with marker and phone", () => {
    expect(proveLookup(base).proven).toBe(true)
  })
  it.each<[string, Partial<typeof base>, string]>([
    [
      "not listed",
      { listedIds: ["1000"] },
      "is not listed by getorderbypoint at point 1 in status 12",
    ],
    ["no COMMENT", { data: { PHONE: "380671234567" } }, "has no COMMENT"],
    [
      "no marker",
      { data: { COMMENT: "", PHONE: "380671234567" } },
      "has no #42 in COMMENT",
    ],
    [
      "no phone",
      { data: { COMMENT: "#42" }, facts: { ...facts, clientId: null } },
      "neither the order's phone nor its client",
    ],
  ])("says why not: %s", (_n, patch, reason) => {
    const r = proveLookup({ ...base, ...patch })
    expect(r.proven).toBe(false)
    expect(r.reason).toContain(reason)
  })
})

describe("the proof check", () => {
  const NOW = Date.UTC(2026, 10, 28, 18, 0)
  const stored = (over: Partial<StoredProof>): StoredProof => ({
    id: "proof_1",
    point_id: "1",
    proven: true,
    proven_at: null,
    checked_at: new Date(NOW - 1_000),
    reason: null,
    archidelivery_order_id: "1001",
    ...over,
  })

  it("checks a holding proof again only after LOOKUP_RECHECK_MS", () => {
    expect(proofIsFresh(stored({}), NOW)).toBe(true)
    expect(
      proofIsFresh(
        stored({ checked_at: new Date(NOW - LOOKUP_RECHECK_MS) }),
        NOW
      )
    ).toBe(false)
    expect(proofIsFresh(stored({ proven: false }), NOW)).toBe(false)
    expect(proofIsFresh(stored({ checked_at: null }), NOW)).toBe(false)
    expect(proofIsFresh(undefined, NOW)).toBe(false)
  })

  it("takes the newest sent orders read in a known status, five at most", () => {
    const polled = (id: number, over: object = {}) => ({
      id,
      status: 12,
      display_id: id,
      read_error: null,
      sent_at: `2026-11-28T18:${String(id).padStart(2, "0")}:00.000Z`,
      ...over,
    })
    const picked = proofCandidates([
      polled(1),
      polled(2, { status: null }),
      polled(3, { status: 99 }),
      polled(4, { display_id: null }),
      polled(5, { read_error: "refused" }),
      ...[6, 7, 8, 9, 10, 11].map((id) => polled(id)),
    ])
    expect(picked.map((p) => p.id)).toEqual([11, 10, 9, 8, 7])
  })

  it("reads the phone and client the order was sent with", () => {
    expect(
      proofFacts(
        42,
        {
          outcome: "sent",
          reply: null,
          request: {
            method: "neworder",
            params: { type: "1", clientid: "7", phone: "0671234567" },
          },
        },
        "UA"
      )
    ).toEqual(facts)
  })

  it("looks in the order's own status first", () => {
    const statuses = proofStatuses(4)
    expect(statuses[0]).toBe(4)
    expect([...statuses].sort((a, b) => a - b)).toEqual([
      2, 3, 4, 5, 6, 7, 9, 12,
    ])
  })

  it("takes a listing without a usable answer as no proof either way", () => {
    for (const kind of ["unreachable", "unknown_outcome"] as const) {
      expect(
        refusedListing(
          "1",
          new ArchiDeliveryError(kind, "getorderbypoint", "x")
        )
      ).toBeNull()
    }
    expect(
      refusedListing(
        "1",
        new ArchiDeliveryError("rejected", "getorderbypoint", "no such point")
      )
    ).toEqual({
      proven: false,
      reason: "getorderbypoint at point 1 refused: no such point",
    })
  })

  it("keeps since when a proof held while it fails", () => {
    const held = new Date(NOW - 60_000)
    expect(
      proofValues(
        { proven: true, reason: "found" },
        { proven_at: held },
        NOW,
        "1001"
      )
    ).toEqual({
      proven: true,
      proven_at: new Date(NOW),
      checked_at: new Date(NOW),
      reason: "found",
      archidelivery_order_id: "1001",
    })
    expect(
      proofValues(
        { proven: false, reason: "gone" },
        { proven_at: held.toISOString() },
        NOW,
        "1001"
      ).proven_at
    ).toEqual(held)
    expect(
      proofValues({ proven: false, reason: "gone" }, null, NOW, "1001")
        .proven_at
    ).toBeNull()
  })
})

describe("listUntilFound", () => {
  it("lists the order's own status first and stops once it is listed", async () => {
    const asked: number[] = []
    const client = {
      async getOrderByPoint(_point: string, status: number) {
        asked.push(status)
        return status === 2 ? [{ ID: 1001 }, { ID: " 1002 " }] : [{ ID: 900 }]
      },
    }
    const ids = await listUntilFound(client, "1", {
      status: 4,
      archidelivery_order_id: "1002",
    })
    expect(asked).toEqual([4, 12, 2])
    expect(ids).toEqual(["900", "900", "1001", "1002"])
  })
})
