import { ArchiDeliveryError, type Row } from "../../archidelivery"
import { lookupFailure, type PointSearch } from "../point-search"
import {
  doubtStart,
  LEASE_LOST_MESSAGE,
  needsLookupProof,
  needsPointSearch,
  reconcileOutcome,
  reconcileVerdict,
  type ReconcileInput,
  type ReconcileVerdict,
} from "../reconcile-verdict"

const ANCHOR = Date.UTC(2026, 10, 28, 18, 0)
/** replyTimeoutMs + 60 s */
const GRACE_MS = 75_000

const rows = {
  ours: { COMMENT: "дзвонити #42", PHONE: "0671234567" },
  ourClient: { COMMENT: "#42", PHONE: "0501112233", CLIENTID: 7 },
  foreign: { COMMENT: "#42", PHONE: "0501112233", CLIENTID: 8 },
  noComment: { PHONE: "0671234567" },
  noPhone: { COMMENT: "#42" },
  other: { COMMENT: "#142", PHONE: "0671234567" },
} satisfies Record<string, Row>

/** A point search that read these candidates (ids 1000, 1001, …). */
const searched = (read: (Row | null)[], total = read.length): PointSearch => ({
  pick: {
    ids: read.map((_, i) => String(1000 + i)),
    total,
    older: 0,
  },
  read,
})

const failed = (kind: ArchiDeliveryError["kind"]): PointSearch => ({
  failed: lookupFailure(
    "getorderbypoint 1/12",
    new ArchiDeliveryError(kind, "getorderbypoint", `${kind} happened`)
  ),
})

const base: ReconcileInput = {
  anchor: ANCHOR,
  tries: 0,
  waits: 0,
  displayId: 42,
  phone: "+380671234567",
  clientId: "7",
  defaultCountry: "UA",
  pointId: "1",
  ownOrderId: null,
  search: searched([rows.other, null]),
  proof: { proven: true, reason: "ArchiDelivery order 900 (#40) found" },
  now: ANCHOR + GRACE_MS,
  attempts: 1,
  replyTimeoutMs: 15_000,
  lookupMaxWaits: 5,
}

describe("reconcileVerdict: never resend an order the kitchen may have", () => {
  const mayHaveIt: [string, Partial<ReconcileInput>][] = [
    [
      "an earlier reply holds an OrderId",
      { ownOrderId: "1005", search: searched([]) },
    ],
    [
      "one candidate has our marker and phone",
      { search: searched([rows.other, rows.ours]) },
    ],
    [
      "one candidate has our marker and client",
      { search: searched([rows.ourClient]) },
    ],
    [
      "several candidates match",
      { search: searched([rows.ours, rows.ourClient]) },
    ],
    [
      "our marker under another phone and client",
      { search: searched([rows.foreign, rows.other]) },
    ],
    [
      "a candidate without COMMENT",
      { search: searched([rows.other, rows.noComment]) },
    ],
    ["our marker without PHONE", { search: searched([rows.noPhone]) }],
    ["more candidates listed than read", { search: searched([rows.other], 5) }],
    ["the listing could not be made", { search: failed("unreachable") }],
    ["the server answered uselessly", { search: failed("unknown_outcome") }],
    ["a look-up was refused", { search: failed("rejected") }],
    ["a look-up reply was unreadable", { search: failed("invalid_reply") }],
    ["the row has no display id", { displayId: null }],
    ["no pointId is configured", { pointId: null }],
    ["the point was not searched", { search: null }],
  ]
  const clocks: [string, Partial<ReconcileInput>][] = [
    ["within the grace period", { now: ANCHOR + GRACE_MS - 1 }],
    ["after the grace period", { now: ANCHOR + GRACE_MS }],
  ]
  const proofs: [string, Partial<ReconcileInput>][] = [
    ["a proven lookup", { proof: { proven: true, reason: "found" } }],
    ["an unproven lookup", { proof: { proven: false, reason: "not listed" } }],
    ["no lookup proof", { proof: null }],
  ]
  const counts: [string, Partial<ReconcileInput>][] = [
    ["a first try", { tries: 0, waits: 0 }],
    ["a last try", { tries: 2, waits: 4 }],
  ]
  const table = mayHaveIt.flatMap(([what, a]) =>
    clocks.flatMap(([clock, b]) =>
      proofs.flatMap(([proof, c]) =>
        counts.map(
          ([count, d]) =>
            [
              `${what}, ${clock}, ${proof}, ${count}`,
              { ...base, ...a, ...b, ...c, ...d },
            ] as const
        )
      )
    )
  )

  it.each(table)("%s: no resend", (_name, input) => {
    const verdict = reconcileVerdict(input)
    expect(verdict.kind).not.toBe("resend")
    const { patch } = reconcileOutcome(verdict, {
      now: input.now,
      leaseLost: false,
      reusedBy: [],
      maxBackoffSeconds: 300,
    })
    // Queued without reconciliation is the state the drain sends again.
    expect(patch.status === "queued" && !patch.reconcile).toBe(false)
  })

  it.each<[string, Partial<ReconcileInput>, ReconcileVerdict["kind"]]>([
    ["absent, proven, grace over", {}, "resend"],
    ["absent with no candidates", { search: searched([]) }, "resend"],
    [
      "absent within the grace period",
      { now: ANCHOR + GRACE_MS - 1 },
      "wait_grace",
    ],
    [
      "absent, lookup unproven",
      { proof: { proven: false, reason: "x" } },
      "needs_review",
    ],
    ["absent, no proof", { proof: null }, "needs_review"],
  ])("only a proven absence resends: %s", (_name, patch, kind) => {
    expect(reconcileVerdict({ ...base, ...patch }).kind).toBe(kind)
  })
})

describe("reconcileVerdict", () => {
  const verdict = (patch: Partial<ReconcileInput>) =>
    reconcileVerdict({ ...base, ...patch })

  it("takes an OrderId an earlier reply holds as sent", () => {
    expect(verdict({ ownOrderId: "1005", search: null })).toEqual({
      kind: "sent",
      orderId: "1005",
      detail:
        "an earlier attempt's reply already holds ArchiDelivery order 1005",
    })
  })

  it("names the one candidate that matches", () => {
    expect(verdict({ search: searched([rows.other, rows.ours]) })).toEqual({
      kind: "sent",
      orderId: "1001",
      detail: "found as ArchiDelivery order 1001",
    })
  })

  it.each<[string, Partial<ReconcileInput>, string]>([
    [
      "several matches",
      { search: searched([rows.ours, rows.ours]) },
      "several ArchiDelivery orders carry #42: 1000, 1001",
    ],
    [
      "a foreign marker",
      { search: searched([rows.foreign]) },
      "ArchiDelivery order(s) 1000 carry #42 with another phone",
    ],
    [
      "blind replies",
      { search: searched([rows.noComment, rows.noPhone, rows.other]) },
      "2 of 3 candidate(s) at point 1 replied without COMMENT or PHONE",
    ],
    [
      "candidates left unread",
      { search: searched([rows.other], 7) },
      "not found among the newest 1 candidate(s) at point 1, but 7 are listed (queue.reconcileMaxCandidates)",
    ],
    [
      "a refused look-up",
      { search: failed("rejected") },
      "getorderbypoint 1/12: rejected happened",
    ],
  ])("retries an undecidable try with backoff: %s", (_n, patch, detail) => {
    expect(verdict({ ...patch, tries: 1 })).toMatchObject({
      kind: "retry",
      detail,
      backoff: 2,
    })
    expect(verdict({ ...patch, tries: 2 })).toMatchObject({
      kind: "needs_review",
      reason: detail,
    })
  })

  it.each<[string, Partial<ReconcileInput>, string]>([
    [
      "no display id",
      { displayId: null },
      "the row has no display id to look for",
    ],
    [
      "no pointId",
      { pointId: null },
      "no pointId configured: orders cannot be looked up",
    ],
  ])(
    "hands a row that cannot be looked up to a person at once: %s",
    (_n, patch, reason) => {
      expect(verdict(patch)).toEqual({ kind: "needs_review", reason })
    }
  )

  it("waits on a look-up without an answer, backing off on the row's attempts", () => {
    expect(
      verdict({ search: failed("unreachable"), attempts: 3, waits: 9 })
    ).toMatchObject({
      kind: "wait",
      answered: false,
      detail: "getorderbypoint 1/12: unreachable happened",
      backoff: 3,
    })
  })

  it("hands useless answers to a person after queue.lookupMaxWaits of them", () => {
    expect(
      verdict({ search: failed("unknown_outcome"), waits: 3 })
    ).toMatchObject({
      kind: "wait",
      answered: true,
    })
    expect(verdict({ search: failed("unknown_outcome"), waits: 4 })).toEqual({
      kind: "needs_review",
      reason:
        "no usable answer to 5 look-ups (queue.lookupMaxWaits); last: getorderbypoint 1/12: unknown_outcome happened",
      exchange: undefined,
    })
  })

  it("waits out the grace period before an absent order counts", () => {
    expect(verdict({ now: ANCHOR + 1_000 })).toEqual({
      kind: "wait_grace",
      detail: "not found among 2 candidate(s) at point 1",
      until: ANCHOR + GRACE_MS,
    })
  })

  it("says why an unproven lookup proves nothing", () => {
    expect(verdict({ proof: { proven: false, reason: "not listed" } })).toEqual(
      {
        kind: "needs_review",
        reason:
          "not found among 2 candidate(s) at point 1, but that proves nothing: the lookup has not been seen to find an order we sent (not listed)",
      }
    )
    expect(verdict({ proof: null })).toMatchObject({
      reason: expect.stringContaining("(no sent order checked yet)"),
    })
  })
})

describe("what a reconciliation reads", () => {
  it("searches the point only when no reply holds the id and it can look", () => {
    expect(needsPointSearch(base)).toBe(true)
    expect(needsPointSearch({ ...base, ownOrderId: "1" })).toBe(false)
    expect(needsPointSearch({ ...base, displayId: null })).toBe(false)
    expect(needsPointSearch({ ...base, pointId: null })).toBe(false)
  })

  it("reads the proof only for an absent order past the grace period", () => {
    expect(needsLookupProof(base)).toBe(true)
    expect(needsLookupProof({ ...base, now: ANCHOR })).toBe(false)
    expect(needsLookupProof({ ...base, search: searched([rows.ours]) })).toBe(
      false
    )
    expect(needsLookupProof({ ...base, search: failed("unreachable") })).toBe(
      false
    )
  })
})

describe("doubtStart", () => {
  const at = (s: number) => new Date(ANCHOR + s * 1000).toISOString()
  const history = [
    {
      outcome: "reconcile_no_answer",
      created_at: at(30),
      reply: null,
      request: null,
    },
    {
      outcome: "reconcile_undecidable",
      created_at: at(20),
      reply: null,
      request: null,
    },
    {
      outcome: "unknown_outcome",
      created_at: at(10),
      reply: null,
      request: null,
    },
    {
      outcome: "reconcile_undecidable",
      created_at: at(5),
      reply: null,
      request: null,
    },
  ]

  it("counts from the doubtful attempt our reconciliation recorded", () => {
    expect(
      doubtStart(history, "reconcile_undecidable", ANCHOR + 60_000)
    ).toEqual({
      anchor: ANCHOR + 10_000,
      leaseLost: false,
      tries: 1,
      waits: 1,
    })
  })

  it("takes now as the doubtful attempt when the row's kind is not ours (a lost lease)", () => {
    expect(doubtStart(history, "unreachable", ANCHOR + 60_000)).toEqual({
      anchor: ANCHOR + 60_000,
      leaseLost: true,
      tries: 0,
      waits: 0,
    })
    expect(doubtStart([], "unknown_outcome", ANCHOR)).toMatchObject({
      anchor: ANCHOR,
      leaseLost: true,
    })
  })
})

describe("reconcileOutcome", () => {
  const NOW = ANCHOR + GRACE_MS
  const ctx = {
    now: NOW,
    leaseLost: false,
    reusedBy: [] as string[],
    maxBackoffSeconds: 300,
    random: () => 0.5,
  }
  const iso = (ms: number) => new Date(ms).toISOString()
  /** Queued to be looked up again at `at`, never resent meanwhile. */
  const lookAgain = (at: number, last_error: string, kind: string) => ({
    status: "queued",
    reconcile: true,
    next_attempt_at: iso(at),
    last_error,
    last_error_kind: kind,
  })

  it("records a found order as sent at the database's now", () => {
    expect(
      reconcileOutcome({ kind: "sent", orderId: "1001", detail: "found" }, ctx)
    ).toEqual({
      patch: {
        status: "sent",
        archidelivery_order_id: "1001",
        sent_at: iso(NOW),
        reconcile: false,
        next_attempt_at: null,
        last_error: null,
        last_error_kind: null,
      },
      attempts: [
        expect.objectContaining({
          outcome: "reconciled_found",
          message: "found",
        }),
      ],
    })
  })

  it("flags an id another order holds, and still takes it as sent", () => {
    const { patch, attempts } = reconcileOutcome(
      { kind: "sent", orderId: "1001", detail: "found" },
      { ...ctx, reusedBy: ["order_1", "order_2"] }
    )
    const message =
      "found; the id is also held by order order_1, order_2 (ArchiDelivery reused it)"
    expect(patch).toMatchObject({
      status: "sent",
      last_error: message,
      last_error_kind: "archidelivery_id_reused",
    })
    expect(attempts[0].message).toBe(message)
  })

  it.each<[ReconcileVerdict, object, string, string]>([
    [
      { kind: "resend", detail: "not found" },
      {
        status: "queued",
        reconcile: false,
        next_attempt_at: null,
        last_error: "reconciled: not found",
        last_error_kind: "reconciled_absent",
      },
      "reconciled_absent",
      "not found; queued to be sent again",
    ],
    [
      { kind: "wait_grace", detail: "not found", until: NOW + 5_000 },
      {
        status: "queued",
        reconcile: true,
        next_attempt_at: iso(NOW + 5_000),
        last_error: `not found; waiting until ${iso(NOW + 5_000)} in case the server still commits it`,
        last_error_kind: "reconcile_pending",
      },
      "reconcile_pending",
      `not found; waiting until ${iso(NOW + 5_000)} in case the server still commits it`,
    ],
    [
      { kind: "wait", answered: true, detail: "5xx", backoff: 1 },
      lookAgain(NOW + 15_000, "5xx", "reconcile_unreachable"),
      "reconcile_no_answer",
      "5xx",
    ],
    [
      { kind: "wait", answered: false, detail: "refused", backoff: 2 },
      lookAgain(NOW + 30_000, "refused", "reconcile_unreachable"),
      "reconcile_unreachable",
      "refused",
    ],
    [
      { kind: "retry", detail: "blind", backoff: 3 },
      lookAgain(NOW + 60_000, "blind", "reconcile_undecidable"),
      "reconcile_undecidable",
      "blind",
    ],
    [
      { kind: "needs_review", reason: "why" },
      {
        status: "needs_review",
        reconcile: true,
        next_attempt_at: null,
        last_error: "why",
        last_error_kind: "needs_review",
      },
      "needs_review",
      "why",
    ],
  ])("%o", (verdict, patch, outcome, message) => {
    expect(reconcileOutcome(verdict, ctx)).toEqual({
      patch,
      attempts: [expect.objectContaining({ outcome, message })],
    })
  })

  it("logs a lost lease before the verdict", () => {
    const { attempts } = reconcileOutcome(
      { kind: "needs_review", reason: "why" },
      { ...ctx, leaseLost: true }
    )
    expect(attempts.map((a) => [a.outcome, a.message])).toEqual([
      ["lease_expired", LEASE_LOST_MESSAGE],
      ["needs_review", "why"],
    ])
  })
})
