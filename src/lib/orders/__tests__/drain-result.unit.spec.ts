import { emptyDrainResult, tallyDrain } from "../drain-result"

describe("tallyDrain", () => {
  it("counts each order once, by the status it ended in", () => {
    expect(
      tallyDrain([
        "sent",
        "sent",
        "queued",
        "failed",
        "needs_review",
        "cancelled",
        "sending",
        null,
      ])
    ).toEqual({ attempted: 8, sent: 2, queued: 1, failed: 1, needs_review: 1 })
  })

  it("is all zeros for a drain that claimed nothing", () => {
    expect(tallyDrain([])).toEqual(emptyDrainResult())
  })
})
