import {
  changeRefused,
  manualChangePatch,
  orderIdTaken,
  orderNotQueued,
} from "../manual-change"

describe("manual changes", () => {
  const now = new Date(Date.UTC(2026, 10, 28, 18, 0))

  it("retries: queued, due now, unclaimed, not reconciled first", () => {
    expect(
      manualChangePatch(
        { status: "queued", reconcile: false },
        "manual_retry",
        now
      )
    ).toEqual({
      status: "queued",
      next_attempt_at: null,
      lease_owner: null,
      lease_until: null,
      reconcile: false,
      last_error_kind: "manual_retry",
    })
  })

  it("resolves: sent now with the id entered, the error cleared", () => {
    expect(
      manualChangePatch(
        {
          status: "sent",
          archidelivery_order_id: "1001",
          reconcile: false,
          clear_error: true,
        },
        "manual_resolve",
        now
      )
    ).toEqual({
      status: "sent",
      next_attempt_at: null,
      lease_owner: null,
      lease_until: null,
      reconcile: false,
      archidelivery_order_id: "1001",
      sent_at: now,
      last_error: null,
      last_error_kind: "manual_resolve",
    })
  })

  it("refuses with the admin's codes", () => {
    expect(orderNotQueued("order_1")).toMatchObject({
      type: "not_found",
      code: "order_not_queued",
      params: { order_id: "order_1" },
      message: "order_id: no ArchiDelivery queue entry for order order_1",
    })
    expect(changeRefused("resolved", ["needs_review"], "sent")).toMatchObject({
      type: "invalid_data",
      code: "resolve_refused",
      params: { status: "sent" },
      message:
        "status: the order is sent; only needs_review orders can be resolved",
    })
    expect(
      changeRefused("retried", ["failed", "needs_review"], "gone")
    ).toMatchObject({
      code: "retry_refused",
      message:
        "status: the order is gone; only failed or needs_review orders can be retried",
    })
    expect(
      orderIdTaken("1001", { order_id: "order_2", display_id: 7 })
    ).toMatchObject({
      code: "order_id_taken",
      params: {
        archidelivery_order_id: "1001",
        order_id: "order_2",
        display_id: 7,
      },
      message:
        "archidelivery_order_id: 1001 already belongs to order order_2 (#7)",
    })
    expect(
      orderIdTaken("1001", { order_id: "order_2", display_id: null }).params
        .display_id
    ).toBe("")
  })
})
