import { ArchiDeliveryError, type NewClientParams } from "../../archidelivery"
import { NO_PHONE_MESSAGE } from "../client-link-patch"
import type { LinkCustomer } from "../link-customer"
import {
  newClientParamsFor,
  resolveClientLink,
  type LinkingOptions,
} from "../resolve-client-link"

const options = {
  phone: { format: "digits", defaultCountry: "UA" },
  queue: { maxBackoffSeconds: 600 },
} as LinkingOptions

const customer: LinkCustomer = {
  id: "cus_1",
  email: "taras@example.com",
  phone: "067 111 22 33",
  first_name: "Тарас",
  last_name: "Шевченко",
  has_account: true,
  address: null,
}

type Stored = Record<string, { ID: unknown }[]>

const fakeArchi = (
  stored: Stored,
  newClient: (
    p: NewClientParams
  ) => Promise<{ clientId: string }> = async () => ({
    clientId: "100",
  })
) => {
  const created: NewClientParams[] = []
  return {
    created,
    getClientByPhone: async (phone: string) => stored[phone] ?? [],
    newClient: async (p: NewClientParams) => {
      created.push(p)
      return (await newClient(p)) as any
    },
  }
}

const link = { attempts: 1 }

describe("newClientParamsFor", () => {
  it("writes the phone in the outgoing style and logs in by email", () => {
    expect(
      newClientParamsFor(customer, "+380671112233", "national")
    ).toMatchObject({
      phone: "067 111 2233",
      login: "taras@example.com",
      surname: "Шевченко",
      name: "Тарас",
    })
    expect(
      newClientParamsFor(
        { ...customer, email: null },
        "+380671112233",
        "digits"
      )
    ).toMatchObject({ phone: "380671112233", login: "380671112233" })
  })
})

describe("resolveClientLink", () => {
  it("fails a link whose customer or phone is gone, asking nothing", async () => {
    const archi = fakeArchi({})
    expect(
      await resolveClientLink(archi, options, link, undefined)
    ).toMatchObject({
      status: "failed",
      phone: null,
      last_error: "the customer no longer exists",
    })
    expect(
      await resolveClientLink(archi, options, link, {
        ...customer,
        phone: null,
      })
    ).toMatchObject({
      status: "failed",
      phone: null,
      last_error: NO_PHONE_MESSAGE,
    })
    expect(archi.created).toEqual([])
  })

  it("links the client found by phone, keeping the candidates", async () => {
    const archi = fakeArchi({ "380671112233": [{ ID: 9 }, { ID: 7 }] })
    const patch = await resolveClientLink(archi, options, link, customer)
    expect(patch).toMatchObject({
      status: "linked",
      archidelivery_client_id: "7",
      phone: "+380671112233",
      ambiguous: true,
      candidates: ["7", "9"],
      last_error: null,
    })
    expect(archi.created).toEqual([])
  })

  it("creates the client when none has the phone", async () => {
    const archi = fakeArchi({})
    const patch = await resolveClientLink(archi, options, link, customer)
    expect(archi.created).toHaveLength(1)
    expect(archi.created[0].phone).toBe("380671112233")
    expect(patch).toMatchObject({
      status: "linked",
      archidelivery_client_id: "100",
      ambiguous: false,
      candidates: ["100"],
    })
  })

  it("looks again after a newclient with an unknown outcome", async () => {
    const stored: Stored = {}
    const archi = fakeArchi(stored, async () => {
      stored["380671112233"] = [{ ID: 55 }]
      throw new ArchiDeliveryError("unknown_outcome", "newclient", "timed out")
    })
    const patch = await resolveClientLink(archi, options, link, customer)
    expect(patch).toMatchObject({
      status: "linked",
      archidelivery_client_id: "55",
    })
  })

  it("fails a refusal with ArchiDelivery's words", async () => {
    const archi = fakeArchi({}, async () => {
      throw new ArchiDeliveryError("rejected", "newclient", "login taken")
    })
    expect(await resolveClientLink(archi, options, link, customer)).toEqual({
      status: "failed",
      archidelivery_client_id: null,
      phone: "+380671112233",
      linked_at: null,
      ambiguous: false,
      candidates: null,
      next_attempt_at: null,
      last_error: "login taken",
    })
  })

  it("keeps the link pending, with a later attempt, when the call may not have arrived", async () => {
    const before = Date.now()
    const archi = {
      ...fakeArchi({}),
      getClientByPhone: async () => {
        throw new ArchiDeliveryError(
          "unreachable",
          "getclientbyphone",
          "refused"
        )
      },
    }
    const patch = await resolveClientLink(archi, options, link, customer)
    expect(patch).toMatchObject({
      status: "pending",
      phone: "+380671112233",
      last_error: "getclientbyphone: unreachable: refused",
    })
    expect(patch.next_attempt_at!.getTime()).toBeGreaterThan(before)

    const broken = {
      ...fakeArchi({}),
      getClientByPhone: async () => {
        throw new Error("boom")
      },
    }
    expect(
      (await resolveClientLink(broken, options, link, customer)).last_error
    ).toBe("error: boom")
  })
})
