import {
  invalidPhoneMessage,
  NO_PHONE_MESSAGE,
  readLinkPhone,
  requestedLink,
} from "../client-link-patch"
import {
  planClientLinkRequests,
  requestableCustomers,
  type ClientLinkRequests,
} from "../client-link-requests"

const guest = { id: "cus_guest", phone: "0671112233", has_account: false }
const member = { id: "cus_member", phone: "067 111 22 33", has_account: true }
const noPhone = { id: "cus_nophone", phone: "  ", has_account: true }
const badPhone = { id: "cus_bad", phone: "12", has_account: true }

const plan = (
  input: Partial<ClientLinkRequests>,
  existing: {
    customer_id: string
    phone: string | null
    last_error: string | null
  }[] = []
) =>
  planClientLinkRequests(
    { customers: [], linked_by: "customer", mode: "always", ...input },
    existing,
    "UA"
  )

describe("requestableCustomers", () => {
  it("keeps only registered customers when asked", () => {
    expect(requestableCustomers([guest, member], true)).toEqual([member])
    expect(requestableCustomers([guest, member])).toEqual([guest, member])
  })
})

describe("planClientLinkRequests", () => {
  it("queues a usable phone as pending, in E.164, forgetting the old outcome", () => {
    const { writes, result } = plan({ customers: [member], linked_by: "admin" })
    expect(result).toEqual({ pending: ["cus_member"], failed: [], skipped: [] })
    expect(writes).toEqual([
      {
        customer_id: "cus_member",
        patch: requestedLink(readLinkPhone(member.phone, "UA"), "admin"),
      },
    ])
    expect(writes[0].patch).toMatchObject({
      status: "pending",
      phone: "+380671112233",
      attempts: 0,
      lease_owner: null,
    })
  })

  it("fails at once a missing or invalid phone, saying why", () => {
    const { writes, result } = plan({ customers: [noPhone, badPhone] })
    expect(result).toEqual({
      pending: [],
      failed: ["cus_nophone", "cus_bad"],
      skipped: [],
    })
    expect(writes.map((w) => w.patch)).toEqual([
      expect.objectContaining({
        status: "failed",
        phone: null,
        last_error: NO_PHONE_MESSAGE,
      }),
      expect.objectContaining({
        status: "failed",
        phone: null,
        last_error: invalidPhoneMessage("12", "UA"),
      }),
    ])
  })

  it("skips guests first when only registered customers count", () => {
    const { result } = plan({
      customers: [member, guest],
      registered_only: true,
      mode: "changed",
    })
    expect(result).toEqual({
      pending: ["cus_member"],
      failed: [],
      skipped: ["cus_guest"],
    })
  })

  it("queues a customer without a phone only when asked always", () => {
    expect(plan({ customers: [noPhone], mode: "changed" }).writes).toEqual([])
    expect(
      plan({ customers: [noPhone], mode: "unlinked" }).result.skipped
    ).toEqual(["cus_nophone"])
    expect(plan({ customers: [noPhone], mode: "always" }).writes).toHaveLength(
      1
    )
  })

  it("`unlinked` skips customers who have a link, whatever it is", () => {
    const { writes, result } = plan(
      { customers: [member, guest], mode: "unlinked" },
      [{ customer_id: "cus_member", phone: null, last_error: "x" }]
    )
    expect(result.skipped).toEqual(["cus_member"])
    expect(writes.map((w) => w.customer_id)).toEqual(["cus_guest"])
  })

  it("`changed` skips a link with the same phone and re-queues another", () => {
    const same = {
      customer_id: "cus_member",
      phone: "+380671112233",
      last_error: null,
    }
    expect(
      plan({ customers: [member], mode: "changed" }, [same]).result.skipped
    ).toEqual(["cus_member"])
    const other = { ...same, phone: "+380679998877" }
    expect(
      plan({ customers: [member], mode: "changed" }, [other]).result.pending
    ).toEqual(["cus_member"])
    expect(
      plan({ customers: [member], mode: "changed" }).result.pending
    ).toEqual(["cus_member"])
  })

  it("`changed` compares unusable phones by the reason stored", () => {
    const failed = {
      customer_id: "cus_bad",
      phone: null,
      last_error: invalidPhoneMessage("12", "UA"),
    }
    expect(
      plan({ customers: [badPhone], mode: "changed" }, [failed]).writes
    ).toEqual([])
    const otherReason = {
      ...failed,
      last_error: invalidPhoneMessage("13", "UA"),
    }
    expect(
      plan({ customers: [badPhone], mode: "changed" }, [otherReason]).result
        .failed
    ).toEqual(["cus_bad"])
  })
})
