import { ArchiDeliveryError } from "../../archidelivery"
import { OrderPayloadError } from "../order-payload"
import {
  isFinalOrderStatus,
  orderStatusLabel,
  parseOrderStatus,
} from "../order-status"
import {
  backoffMs,
  classifyLookupError,
  classifyPushError,
  reconcileGraceMs,
} from "../queue-policy"

describe("backoffMs", () => {
  const at = (attempt: number, random: number) =>
    backoffMs(attempt, { maxBackoffSeconds: 300, random: () => random })

  it("starts near 15 s and doubles per attempt", () => {
    expect(at(1, 0.5)).toBe(15_000)
    expect(at(2, 0.5)).toBe(30_000)
    expect(at(3, 0.5)).toBe(60_000)
  })

  it("spreads retries by ±20 %", () => {
    expect(at(1, 0)).toBe(12_000)
    expect(at(1, 1)).toBe(18_000)
  })

  it("never waits longer than the cap, however many attempts", () => {
    expect(at(6, 1)).toBe(300_000)
    expect(at(1_000, 0.99)).toBe(300_000)
    expect(backoffMs(10, { maxBackoffSeconds: 20, random: () => 0 })).toBe(
      20_000
    )
  })
})

describe("reconcileGraceMs", () => {
  it("is the reply timeout plus a minute", () => {
    expect(reconcileGraceMs({ replyTimeoutMs: 15_000 })).toBe(75_000)
  })
})

describe("classifyPushError", () => {
  const err = (kind: ArchiDeliveryError["kind"], method = "neworder") =>
    new ArchiDeliveryError(kind, method, `${kind} happened`)

  it.each([
    ["unreachable", "neworder", "retry", "unreachable"],
    ["unknown_outcome", "neworder", "reconcile", "unknown_outcome"],
    ["invalid_reply", "neworder", "reconcile", "unknown_outcome"],
    ["rejected", "neworder", "failed", "rejected"],
    ["invalid_reply", "getclientbyphone", "failed", "invalid_reply"],
  ] as const)("%s from %s → %s", (kind, method, decision, stored) => {
    expect(classifyPushError(err(kind, method))).toEqual({
      decision,
      kind: stored,
      message: `${kind} happened`,
    })
  })

  it("fails mapping problems with their message", () => {
    expect(
      classifyPushError(
        new OrderPayloadError(["items[0]: no id", "phone: missing"])
      )
    ).toEqual({
      decision: "failed",
      kind: "invalid_data",
      message: "items[0]: no id; phone: missing",
    })
  })

  it("rethrows errors that are not the protocol's", () => {
    expect(() => classifyPushError(new TypeError("bug"))).toThrow("bug")
  })
})

describe("classifyLookupError", () => {
  it("waits on connection failures and timeouts, gives up on refusals", () => {
    expect(
      classifyLookupError(
        new ArchiDeliveryError("unreachable", "getorderbypoint", "x")
      ).decision
    ).toBe("wait")
    expect(
      classifyLookupError(
        new ArchiDeliveryError("unknown_outcome", "getorderdata", "x")
      ).decision
    ).toBe("wait")
    expect(
      classifyLookupError(
        new ArchiDeliveryError("rejected", "getorderbypoint", "x")
      ).decision
    ).toBe("undecidable")
    expect(
      classifyLookupError(
        new ArchiDeliveryError("invalid_reply", "getorderdata", "x")
      ).decision
    ).toBe("undecidable")
  })
})

describe("order status", () => {
  it("labels known codes and keeps unknown ones unlabelled", () => {
    expect(orderStatusLabel(12)).toBe("from the website")
    expect(orderStatusLabel(6)).toBe("out for delivery")
    expect(orderStatusLabel(3)).toBeNull()
    expect(orderStatusLabel(42)).toBeNull()
    expect(parseOrderStatus("7")).toBe(7)
    expect(parseOrderStatus(" 42 ")).toBe(42)
    expect(parseOrderStatus("x")).toBeNull()
    expect(isFinalOrderStatus(9, [7, 9])).toBe(true)
    expect(isFinalOrderStatus(6, [7, 9])).toBe(false)
    expect(isFinalOrderStatus(null, [7, 9])).toBe(false)
  })
})
