import { attemptFrom } from "../attempts"
import {
  cancelledOutcome,
  doubtfulOutcome,
  failedOutcome,
  patchWithDates,
  releaseOutcome,
  resendOutcome,
  retryOutcome,
  reviewOutcome,
  sentOutcome,
} from "../outcomes"

const AT = "2026-11-28T18:00:00.000Z"
const log = [attemptFrom("x", "y")]

describe("claim outcomes", () => {
  it.each([
    [
      "sent",
      sentOutcome("1001", AT, log),
      {
        status: "sent",
        archidelivery_order_id: "1001",
        sent_at: AT,
        reconcile: false,
        next_attempt_at: null,
        last_error: null,
        last_error_kind: null,
      },
    ],
    [
      "sent, flagged",
      sentOutcome("1001", AT, log, {
        kind: "archidelivery_id_reused",
        message: "m",
      }),
      {
        status: "sent",
        archidelivery_order_id: "1001",
        sent_at: AT,
        reconcile: false,
        next_attempt_at: null,
        last_error: "m",
        last_error_kind: "archidelivery_id_reused",
      },
    ],
    [
      "retry",
      retryOutcome("unreachable", "m", AT, log),
      {
        status: "queued",
        next_attempt_at: AT,
        last_error: "m",
        last_error_kind: "unreachable",
      },
    ],
    [
      "doubtful",
      doubtfulOutcome("unknown_outcome", "m", AT, log),
      {
        status: "queued",
        reconcile: true,
        next_attempt_at: AT,
        last_error: "m",
        last_error_kind: "unknown_outcome",
      },
    ],
    [
      "resend",
      resendOutcome("m", log),
      {
        status: "queued",
        reconcile: false,
        next_attempt_at: null,
        last_error: "m",
        last_error_kind: "reconciled_absent",
      },
    ],
    [
      "failed",
      failedOutcome("rejected", "m", log),
      {
        status: "failed",
        next_attempt_at: null,
        last_error: "m",
        last_error_kind: "rejected",
      },
    ],
    [
      "review",
      reviewOutcome("m", log),
      {
        status: "needs_review",
        reconcile: true,
        next_attempt_at: null,
        last_error: "m",
        last_error_kind: "needs_review",
      },
    ],
    [
      "cancelled",
      cancelledOutcome("m", AT, log),
      {
        status: "cancelled",
        next_attempt_at: null,
        cancelled_at: AT,
        last_error: "m",
        last_error_kind: "cancelled",
      },
    ],
  ])("%s", (_name, outcome, patch) => {
    // Exactly these fields: a field left out keeps the row's value.
    expect(outcome).toStrictEqual({ patch, attempts: log })
  })

  it("gives a row back untried with nothing recorded", () => {
    expect(releaseOutcome()).toStrictEqual({
      release: true,
      patch: { status: "queued" },
      attempts: [],
    })
  })

  it("a retry never touches the reconcile flag", () => {
    expect("reconcile" in retryOutcome("k", "m", AT, []).patch).toBe(false)
    expect("reconcile" in failedOutcome("k", "m", []).patch).toBe(false)
  })
})

describe("patchWithDates", () => {
  it("turns the ISO strings into dates and keeps nulls", () => {
    expect(
      patchWithDates({
        status: "sent",
        sent_at: AT,
        next_attempt_at: null,
        last_error: null,
      })
    ).toEqual({
      status: "sent",
      sent_at: new Date(AT),
      next_attempt_at: null,
      cancelled_at: undefined,
      last_error: null,
    })
  })
})
