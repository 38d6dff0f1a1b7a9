import { pushBatch, pushDataByOrder, slimOrder } from "../push-data"

const raw = {
  id: "order_1",
  display_id: 7,
  status: "pending",
  email: "a@example.com",
  metadata: { delivery_time: "18:30" },
  customer_id: "cus_1",
  items: [
    {
      id: "i1",
      title: "Pizza",
      variant_id: "v1",
      product_id: "p1",
      detail: { quantity: 2 },
      extra: 1,
    },
    {
      id: "i2",
      title: "Cola",
      variant_id: null,
      product_id: "p2",
      quantity: 3,
    },
  ],
  shipping_address: {
    first_name: "O",
    phone: "067",
    city: "Київ",
    country_code: "ua",
  },
  billing_address: null,
  customer: { id: "cus_1", first_name: "O", has_account: true, orders: [] },
  shipping_methods: [
    {
      id: "sm",
      name: "Courier",
      data: {},
      shipping_option_id: "so",
      shipping_option: { id: "so", data: { x: 1 }, name: "n" },
    },
  ],
  payment_collections: [
    {
      status: "authorized",
      payments: [{ provider_id: "pp", captured_at: undefined, amount: 1 }],
      payment_sessions: [{ provider_id: "pp", status: "authorized", data: {} }],
    },
  ],
}

describe("slimOrder", () => {
  it("keeps only what the payload and the client choice read", () => {
    expect(slimOrder(raw)).toEqual({
      id: "order_1",
      display_id: 7,
      email: "a@example.com",
      metadata: { delivery_time: "18:30" },
      items: [
        {
          id: "i1",
          title: "Pizza",
          product_title: undefined,
          variant_title: undefined,
          variant_id: "v1",
          product_id: "p1",
          quantity: 2,
        },
        {
          id: "i2",
          title: "Cola",
          product_title: undefined,
          variant_title: undefined,
          variant_id: null,
          product_id: "p2",
          quantity: 3,
        },
      ],
      shipping_address: {
        first_name: "O",
        last_name: undefined,
        phone: "067",
        address_1: undefined,
        address_2: undefined,
        city: "Київ",
        metadata: undefined,
      },
      billing_address: null,
      customer: {
        id: "cus_1",
        first_name: "O",
        last_name: undefined,
        phone: undefined,
        email: undefined,
        has_account: true,
      },
      shipping_methods: [
        {
          name: "Courier",
          data: {},
          shipping_option_id: "so",
          shipping_option: { id: "so", data: { x: 1 } },
        },
      ],
      payment_collections: [
        {
          status: "authorized",
          payments: [
            { provider_id: "pp", captured_at: null, canceled_at: null },
          ],
          payment_sessions: [{ provider_id: "pp", status: "authorized" }],
        },
      ],
    })
  })
})

describe("pushDataByOrder", () => {
  const other = {
    id: "order_2",
    status: "canceled",
    items: [{ variant_id: "v9" }],
    customer: null,
  }
  const batch = pushBatch([raw, other])

  it("collects the keys of the batch's links", () => {
    expect(batch.linkFilter).toEqual([
      { variant_id: ["v1", "v9"] },
      { product_id: ["p1", "p2"] },
    ])
    expect(batch.customerIds).toEqual(["cus_1"])
    expect([...batch.cancelled]).toEqual(["order_2"])
    expect(pushBatch([{ id: "o", items: [] }]).linkFilter).toEqual([])
  })

  it("gives each order its own links, and a gone order none", () => {
    const link = { id: "cl_1", customer_id: "cus_1" }
    const data = pushDataByOrder(
      ["order_1", "order_2", "order_gone"],
      batch,
      [
        { archidelivery_id: "101", variant_id: "v1", product_id: null },
        { archidelivery_id: "202", variant_id: null, product_id: "p2" },
        { archidelivery_id: "909", variant_id: "v9", product_id: null },
      ],
      [link]
    )
    expect([...data.keys()]).toEqual(["order_1", "order_2", "order_gone"])
    expect(data.get("order_1")).toMatchObject({
      cancelled: false,
      product_links: [
        { archidelivery_id: "101", variant_id: "v1", product_id: null },
        { archidelivery_id: "202", variant_id: null, product_id: "p2" },
      ],
      client_link: link,
    })
    expect(data.get("order_2")).toMatchObject({
      cancelled: true,
      product_links: [{ archidelivery_id: "909" }],
      client_link: null,
    })
    expect(data.get("order_gone")).toEqual({
      order: null,
      cancelled: false,
      product_links: [],
      client_link: null,
    })
  })
})
