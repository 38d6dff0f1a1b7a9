import { ArchiDeliveryError } from "../../archidelivery"
import { parseOptions } from "../../shared/options"
import { attemptFrom } from "../attempts"
import type { PayloadOrder } from "../order-payload"
import {
  planPush,
  pushFailedOutcome,
  pushSentOutcome,
  type PushPlanInput,
  type PushRequest,
} from "../push-outcome"

const options = parseOptions({
  url: "http://127.0.0.1:5858",
  cityName: "Київ",
  paymentTypes: { pp_system_default: "1" },
})

const NOW = new Date(Date.UTC(2026, 10, 28, 18, 0))
const RETRY_AT = "2026-11-28T18:00:15.000Z"

/** One line the links below map, and a phone the payload accepts. */
const order: PayloadOrder = {
  id: "order_1",
  display_id: 1042,
  items: [{ id: "item_1", title: "Маргарита", variant_id: "v1", quantity: 2 }],
  shipping_address: { first_name: "Олена", phone: "+380 50 111 22 33" },
}

const input = (over: Partial<PushPlanInput> = {}): PushPlanInput => ({
  order_sync: { order_id: "order_1" },
  order,
  product_links: [
    { archidelivery_id: "101", product_id: "p1", variant_id: "v1" },
  ],
  client: { client_id: null, wait: null, note: null },
  options,
  now: NOW,
  retryAt: RETRY_AT,
  ...over,
})

describe("planPush", () => {
  it("never sends an order the shop cancelled", () => {
    expect(planPush(input({ cancelled: true }))).toEqual({
      outcome: {
        patch: {
          status: "cancelled",
          next_attempt_at: null,
          cancelled_at: NOW.toISOString(),
          last_error: "cancelled in the shop before it was sent: never sent",
          last_error_kind: "cancelled",
        },
        attempts: [
          attemptFrom(
            "cancelled",
            "cancelled in the shop before it was sent: never sent"
          ),
        ],
      },
    })
  })

  it("waits for a client look-up that could not be made, keeping its exchange", () => {
    const wait = { ...attemptFrom("unreachable", "refused"), http_status: 503 }
    expect(
      planPush(input({ client: { client_id: null, wait, note: null } }))
    ).toEqual({
      outcome: {
        patch: {
          status: "queued",
          next_attempt_at: RETRY_AT,
          last_error: "client look-up: refused",
          last_error_kind: "unreachable",
        },
        attempts: [
          {
            ...wait,
            outcome: "unreachable",
            message: "client look-up: refused",
          },
        ],
      },
    })
  })

  it("fails an order that no longer exists", () => {
    expect(planPush(input({ order: null }))).toMatchObject({
      outcome: {
        patch: {
          status: "failed",
          last_error: "order order_1 no longer exists",
          last_error_kind: "invalid_data",
        },
      },
    })
  })

  it("fails an unmappable order, naming the problem", () => {
    expect(planPush(input({ product_links: [] }))).toMatchObject({
      outcome: {
        patch: {
          status: "failed",
          last_error: expect.stringContaining("Маргарита"),
          last_error_kind: "invalid_data",
        },
        attempts: [{ outcome: "invalid_data" }],
      },
    })
  })

  it("builds the request with the client's note and the payload's warnings", () => {
    const plan = planPush(
      input({
        order: {
          ...order,
          shipping_address: { ...order.shipping_address!, phone: "12" },
        },
        client: {
          client_id: null,
          wait: null,
          note: "client look-up refused (no); sent by name",
        },
      })
    )
    expect(plan).toMatchObject({
      request: {
        params: { type: 0 },
        note: 'client look-up refused (no); sent by name; phone "12" is not a valid phone number; sent as the customer typed it',
        warnings: [{ code: "phone_unusable", value: "12" }],
      },
    })
  })
})

describe("after the request", () => {
  const exchange = {
    method: "neworder",
    params: {},
    query: "method=neworder",
    status: 200,
    body: "<output/>",
    durationMs: 5,
    at: NOW.toISOString(),
  }
  const request = (over: Partial<PushRequest> = {}): PushRequest => ({
    params: {} as PushRequest["params"],
    note: "",
    warnings: [],
    ...over,
  })
  const clock = { now: NOW, retryAt: RETRY_AT }

  it("records the OrderId, the note and the server's warnings", () => {
    const outcome = pushSentOutcome(
      request({
        note: "n",
        warnings: [{ code: "phone_unusable", value: "12" }],
      }),
      { orderId: "1001", exchange, warnings: ["w1", "w2"] },
      NOW.toISOString()
    )
    expect(outcome.patch).toEqual({
      status: "sent",
      archidelivery_order_id: "1001",
      sent_at: NOW.toISOString(),
      reconcile: false,
      next_attempt_at: null,
      last_error: null,
      last_error_kind: null,
    })
    expect(outcome.attempts).toEqual([
      {
        ...attemptFrom("sent", "n; warnings: w1; w2", exchange),
        warnings: [{ code: "phone_unusable", value: "12" }],
      },
    ])
  })

  it("logs a plain send without a message or warnings", () => {
    const [attempt] = pushSentOutcome(
      request(),
      { orderId: "1", exchange },
      "x"
    ).attempts
    expect(attempt.message).toBeNull()
    expect("warnings" in attempt).toBe(false)
  })

  it.each<[ArchiDeliveryError["kind"], object]>([
    [
      "unreachable",
      {
        status: "queued",
        next_attempt_at: RETRY_AT,
        last_error_kind: "unreachable",
      },
    ],
    [
      "unknown_outcome",
      {
        status: "queued",
        reconcile: true,
        next_attempt_at: "2026-11-28T18:00:02.000Z",
        last_error_kind: "unknown_outcome",
      },
    ],
    [
      "rejected",
      { status: "failed", next_attempt_at: null, last_error_kind: "rejected" },
    ],
  ])("a %s send", (kind, patch) => {
    const error = new ArchiDeliveryError(kind, "neworder", "said no", {
      exchange,
    })
    const outcome = pushFailedOutcome(
      request({ note: "by name" }),
      error,
      clock
    )
    expect(outcome.patch).toEqual({ ...patch, last_error: "said no (by name)" })
    expect(outcome.attempts).toEqual([
      attemptFrom(kind, "said no (by name)", exchange),
    ])
  })

  it("never takes an unreadable neworder reply as refused: it may have created the order", () => {
    const error = new ArchiDeliveryError("invalid_reply", "neworder", "garbled")
    expect(pushFailedOutcome(request(), error, clock).patch).toMatchObject({
      status: "queued",
      reconcile: true,
    })
  })

  it("rethrows an error of our own", () => {
    expect(() => pushFailedOutcome(request(), new Error("bug"), clock)).toThrow(
      "bug"
    )
  })
})
