import { firstMissingId, toLinkCustomer } from "../link-customer"

const address = (over: Record<string, unknown>) => ({
  address_1: "Хрещатик 1",
  address_2: null,
  city: "Київ",
  metadata: null,
  ...over,
})

describe("toLinkCustomer", () => {
  it("keeps the default shipping address before the billing one", () => {
    const customer = toLinkCustomer({
      id: "cus_1",
      addresses: [
        address({ address_1: "first" }),
        address({ address_1: "billing", is_default_billing: true }),
        address({ address_1: "shipping", is_default_shipping: true }),
      ],
    })
    expect(customer.address?.address_1).toBe("shipping")
  })

  it("falls back to the billing address, then the first one", () => {
    expect(
      toLinkCustomer({
        id: "cus_1",
        addresses: [
          address({ address_1: "first" }),
          address({ address_1: "billing", is_default_billing: true }),
        ],
      }).address?.address_1
    ).toBe("billing")
    expect(
      toLinkCustomer({
        id: "cus_1",
        addresses: [null, address({ address_1: "first" })],
      }).address?.address_1
    ).toBe("first")
  })

  it("reads missing fields as null and keeps only the address parts it sends", () => {
    expect(
      toLinkCustomer({
        id: "cus_1",
        has_account: true,
        addresses: [
          { city: "Львів", is_default_shipping: true, postal_code: "1" } as any,
        ],
      })
    ).toEqual({
      id: "cus_1",
      email: null,
      phone: null,
      first_name: null,
      last_name: null,
      has_account: true,
      address: {
        address_1: null,
        address_2: null,
        city: "Львів",
        metadata: null,
      },
    })
    expect(toLinkCustomer({ id: "cus_2" }).address).toBeNull()
    expect(toLinkCustomer({ id: "cus_2" }).has_account).toBe(false)
  })
})

describe("firstMissingId", () => {
  it("names the first id that was not found", () => {
    expect(firstMissingId(["a", "b", "c"], [{ id: "a" }])).toBe("b")
    expect(firstMissingId(["a"], [{ id: "a" }])).toBeUndefined()
  })
})
