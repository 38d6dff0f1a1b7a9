import { ArchiDeliveryError } from "../../archidelivery"
import type { PayloadOrder } from "../order-payload"
import {
  byName,
  clientAfterFailedLookup,
  clientLookupFailure,
  linkIsFree,
  NO_USABLE_ANSWER,
  orderClientChoice,
  orderClientLinkValues,
  uselessLookupCount,
} from "../order-client"

const order = (over: Partial<PayloadOrder> = {}): PayloadOrder => ({
  id: "order_1",
  display_id: 1,
  items: [],
  shipping_address: { phone: "067 123 45 67" },
  customer: { id: "cus_1", has_account: true },
  ...over,
})

describe("orderClientChoice", () => {
  it.each<[string, PayloadOrder | null, object | null]>([
    ["no order", null, null],
    ["a guest", order({ customer: { id: "cus_1", has_account: false } }), null],
    ["no customer", order({ customer: null }), null],
  ])("sends %s by name", (_name, o, link) => {
    expect(orderClientChoice(o, link as never, "UA")).toEqual({
      client: byName(),
    })
  })

  it("uses a registered customer's linked client", () => {
    expect(
      orderClientChoice(
        order(),
        { status: "linked", archidelivery_client_id: "7" },
        "UA"
      )
    ).toEqual({ client: { client_id: "7", wait: null, note: null } })
  })

  it("looks a customer without a link up by the order's phone", () => {
    expect(
      orderClientChoice(
        order(),
        { status: "pending", archidelivery_client_id: null },
        "UA"
      )
    ).toEqual({ lookUp: { customer_id: "cus_1", phone: "+380671234567" } })
  })

  it("sends by name when the order has no phone to look up", () => {
    expect(
      orderClientChoice(order({ shipping_address: null }), null, "UA")
    ).toEqual({
      client: byName(),
    })
  })
})

describe("after a failed client look-up", () => {
  const failure = (kind: ArchiDeliveryError["kind"]) =>
    clientLookupFailure(
      new ArchiDeliveryError(kind, "getclientbyphone", `${kind} happened`)
    )

  it("waits for a look-up that could not be made, however often", () => {
    expect(
      clientAfterFailedLookup(failure("unreachable"), 99, 5)
    ).toMatchObject({
      client_id: null,
      note: null,
      wait: { outcome: "unreachable", message: "unreachable happened" },
    })
  })

  it("waits on useless answers until queue.lookupMaxWaits, then goes by name", () => {
    expect(
      clientAfterFailedLookup(failure("unknown_outcome"), 3, 5).wait
    ).toMatchObject({
      outcome: "unknown_outcome",
      message: `${NO_USABLE_ANSWER}: unknown_outcome happened`,
    })
    expect(clientAfterFailedLookup(failure("unknown_outcome"), 4, 5)).toEqual({
      client_id: null,
      wait: null,
      note: `client look-up got ${NO_USABLE_ANSWER} 5 times (unknown_outcome happened); sent by name`,
    })
  })

  it("goes by name after a refusal", () => {
    expect(clientAfterFailedLookup(failure("rejected"), 0, 5)).toEqual({
      client_id: null,
      wait: null,
      note: "client look-up refused (rejected happened); sent by name",
    })
  })

  it("counts only the useless answers of earlier look-ups", () => {
    expect(
      uselessLookupCount([
        { message: `client look-up: ${NO_USABLE_ANSWER}: HTTP 502` },
        { message: "client look-up: connection refused" },
        { message: null },
        { message: `client look-up: ${NO_USABLE_ANSWER}: timeout` },
      ])
    ).toBe(2)
  })

  it("rethrows an error of our own", () => {
    expect(() => clientLookupFailure(new Error("bug"))).toThrow("bug")
  })
})

describe("the link an order's look-up stores", () => {
  it("links the customer to the client found", () => {
    const now = new Date()
    expect(
      orderClientLinkValues(
        {
          clientId: "7",
          ambiguous: true,
          candidates: ["7", "9"],
          matchedForm: "0671234567",
        },
        "+380671234567",
        now
      )
    ).toEqual({
      archidelivery_client_id: "7",
      phone: "+380671234567",
      status: "linked",
      linked_by: "order",
      linked_at: now,
      ambiguous: true,
      candidates: ["7", "9"],
      next_attempt_at: null,
      last_error: null,
    })
  })

  it("settles only a link nobody is working on", () => {
    const now = Date.now()
    expect(linkIsFree({ lease_until: null }, now)).toBe(true)
    expect(linkIsFree({ lease_until: new Date(now - 1) }, now)).toBe(true)
    expect(
      linkIsFree({ lease_until: new Date(now + 60_000).toISOString() }, now)
    ).toBe(false)
  })
})
