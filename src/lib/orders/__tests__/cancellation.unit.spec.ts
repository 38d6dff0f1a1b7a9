import {
  CANCELLED_MESSAGES,
  cancellationOf,
  cancellationPatch,
  type CancellableRow,
} from "../cancellation"

const row = (over: Partial<CancellableRow>): CancellableRow => ({
  status: "queued",
  reconcile: false,
  cancelled_at: null,
  ...over,
})

describe("cancellationOf", () => {
  it.each<[string, Partial<CancellableRow>, object | null]>([
    [
      "a failed row",
      { status: "failed" },
      { outcome: "cancelled", cancel: true, flagged: false },
    ],
    [
      "a queued row",
      { status: "queued" },
      { outcome: "cancelled", cancel: true, flagged: false },
    ],
    [
      "a row waiting for reconciliation",
      { status: "queued", reconcile: true },
      { outcome: "cancelled_in_doubt", cancel: false, flagged: true },
    ],
    [
      "a row a person must check",
      { status: "needs_review", reconcile: true },
      { outcome: "cancelled_in_doubt", cancel: true, flagged: true },
    ],
    [
      "a row being sent",
      { status: "sending" },
      { outcome: "cancelled_while_sending", cancel: false, flagged: false },
    ],
    [
      "a sent row",
      { status: "sent" },
      { outcome: "cancelled_after_send", cancel: false, flagged: true },
    ],
    ["a cancelled row", { status: "cancelled" }, null],
    [
      "a row already marked",
      { status: "sent", cancelled_at: new Date() },
      null,
    ],
  ])("%s", (_name, over, expected) => {
    expect(cancellationOf(row(over))).toEqual(expected)
  })
})

describe("cancellationPatch", () => {
  const now = new Date(Date.UTC(2026, 10, 28, 18, 0))

  it("ends a row never sent as cancelled, saying so", () => {
    expect(
      cancellationPatch(
        { outcome: "cancelled", cancel: true, flagged: false },
        now
      )
    ).toEqual({
      cancelled_at: now,
      status: "cancelled",
      next_attempt_at: null,
      last_error: CANCELLED_MESSAGES.cancelled,
      last_error_kind: "cancelled",
    })
  })

  it("only marks a row whose outcome still decides", () => {
    expect(
      cancellationPatch(
        { outcome: "cancelled_after_send", cancel: false, flagged: true },
        now
      )
    ).toEqual({ cancelled_at: now })
  })
})
