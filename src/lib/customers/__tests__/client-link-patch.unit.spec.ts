import {
  chosenLink,
  clientIdsOf,
  failedOutcome,
  invalidPhoneMessage,
  linkedOutcome,
  NO_PHONE_MESSAGE,
  pendingOutcome,
  readLinkPhone,
  requestedLink,
  restorable,
  type StoredClientLink,
} from "../client-link-patch"

const now = new Date("2026-01-02T03:04:05Z")

describe("readLinkPhone", () => {
  it("reads a phone in E.164 with the default country", () => {
    expect(readLinkPhone(" 067 111 22 33 ", "UA")).toEqual({
      raw: "067 111 22 33",
      e164: "+380671112233",
      error: null,
    })
  })

  it("says why a phone cannot be used", () => {
    expect(readLinkPhone(null, "UA")).toEqual({
      raw: "",
      e164: null,
      error: NO_PHONE_MESSAGE,
    })
    expect(readLinkPhone("12", "UA")).toEqual({
      raw: "12",
      e164: null,
      error: invalidPhoneMessage("12", "UA"),
    })
    expect(invalidPhoneMessage("12", "UA")).toBe(
      'invalid phone "12": not a valid phone number (read with default country UA); nothing was sent to ArchiDelivery'
    )
  })
})

describe("link patches", () => {
  // What every request and every choice forgets: the outcome, the attempts, any claim.
  const reset = {
    archidelivery_client_id: null,
    linked_at: null,
    ambiguous: false,
    candidates: null,
    attempts: 0,
    next_attempt_at: null,
    lease_until: null,
    lease_owner: null,
    last_error: null,
  }

  it("a request resets the outcome, the attempts and any claim", () => {
    expect(requestedLink(readLinkPhone("0671112233", "UA"), "bulk")).toEqual({
      ...reset,
      status: "pending",
      phone: "+380671112233",
      linked_by: "bulk",
    })
    expect(requestedLink(readLinkPhone("", "UA"), "admin")).toEqual({
      ...reset,
      status: "failed",
      phone: null,
      linked_by: "admin",
      last_error: NO_PHONE_MESSAGE,
    })
  })

  it("a chosen client is linked at once, candidates cleared", () => {
    expect(chosenLink("42", "+380671112233", "admin", now)).toEqual({
      ...reset,
      status: "linked",
      archidelivery_client_id: "42",
      phone: "+380671112233",
      linked_by: "admin",
      linked_at: now,
    })
  })

  it("builds the outcomes of an attempt", () => {
    expect(
      linkedOutcome(
        { clientId: "7", ambiguous: true, candidates: ["7", "9"] },
        "+380671112233",
        now
      )
    ).toEqual({
      status: "linked",
      archidelivery_client_id: "7",
      phone: "+380671112233",
      linked_at: now,
      ambiguous: true,
      candidates: ["7", "9"],
      next_attempt_at: null,
      last_error: null,
    })
    expect(failedOutcome(null, "why")).toEqual({
      status: "failed",
      archidelivery_client_id: null,
      phone: null,
      linked_at: null,
      ambiguous: false,
      candidates: null,
      next_attempt_at: null,
      last_error: "why",
    })
    expect(pendingOutcome("+380671112233", "later", now)).toEqual({
      status: "pending",
      phone: "+380671112233",
      next_attempt_at: now,
      last_error: "later",
    })
  })
})

describe("restorable and clientIdsOf", () => {
  const link: StoredClientLink = {
    id: "adcli_1",
    customer_id: "cus_1",
    status: "linked",
    archidelivery_client_id: "7",
    phone: "+380671112233",
    linked_by: "order",
    linked_at: now,
    ambiguous: true,
    candidates: ["7", "9"],
    attempts: 2,
    next_attempt_at: null,
    lease_until: now,
    lease_owner: "w",
    last_error: null,
  }

  it("puts back every written column, not the customer", () => {
    const { customer_id, ...columns } = link
    expect(restorable(link)).toEqual(columns)
  })

  it("lists each client once, without empty ids", () => {
    expect(
      clientIdsOf([
        link,
        { archidelivery_client_id: null },
        { archidelivery_client_id: "7" },
        { archidelivery_client_id: "3" },
        {},
      ])
    ).toEqual(["7", "3"])
  })
})
