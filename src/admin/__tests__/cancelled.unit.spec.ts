import { cancelledFlag } from "../lib/cancelled"

describe("cancelledFlag", () => {
  const at = "2026-12-01T18:00:00.000Z"
  it.each([
    [{ status: "sent", cancelled_at: at }, "after_send"],
    [{ status: "sending", cancelled_at: at }, "in_doubt"],
    [{ status: "queued", cancelled_at: at }, "in_doubt"],
    [
      {
        status: "cancelled",
        cancelled_at: at,
        last_error_kind: "cancelled_in_doubt",
      },
      "in_doubt",
    ],
    [
      { status: "cancelled", cancelled_at: at, last_error_kind: "cancelled" },
      null,
    ],
    [{ status: "sent", cancelled_at: null }, null],
  ] as const)("%j → %s", (row, flag) => {
    expect(cancelledFlag(row as any)).toBe(flag)
  })
})
