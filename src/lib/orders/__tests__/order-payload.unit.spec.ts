import { formatOrderItems } from "../../archidelivery"
import { parseOptions } from "../../shared/options"
import {
  buildComment,
  buildOrderPayload,
  COMMENT_MAX,
  commentHasMarker,
  formatDeliveryTime,
  OrderPayloadError,
  PayloadOrder,
} from "../order-payload"

const options = parseOptions({
  url: "http://127.0.0.1:5858",
  cityName: "Київ",
  paymentTypes: { pp_system_default: "1", pp_stripe_stripe: "2" },
  onlinePaymentProviders: ["pp_stripe_stripe"],
})

const links = [
  {
    archidelivery_id: "101",
    product_id: "prod_pizza",
    variant_id: "variant_pizza_30",
  },
  { archidelivery_id: "102", product_id: null, variant_id: "variant_pizza_40" },
  { archidelivery_id: "401", product_id: "prod_cola", variant_id: null },
]

const order = (over: Partial<PayloadOrder> = {}): PayloadOrder => ({
  id: "order_1",
  display_id: 1042,
  email: "olena@example.com",
  metadata: {},
  items: [
    {
      id: "item_1",
      title: "Маргарита",
      variant_id: "variant_pizza_30",
      product_id: "prod_pizza",
      quantity: 2,
    },
    {
      id: "item_2",
      title: "Coca-Cola",
      variant_id: "variant_cola",
      product_id: "prod_cola",
      quantity: 1,
    },
  ],
  shipping_address: {
    first_name: "Олена",
    last_name: "Коваленко",
    phone: "+380 50 111 22 33",
    address_1: "вул. Саксаганського, 41",
    address_2: "кв. 12",
    city: "Київ",
    metadata: { entrance: "2", floor: "5", intercom: "12К" },
  },
  ...over,
})

describe("buildOrderPayload", () => {
  it("maps items by variant, else product, with quantities", () => {
    const { params } = buildOrderPayload({
      order: order(),
      productLinks: links,
      options,
    })
    expect(params.items).toEqual([
      { menuId: "101", quant: 2 },
      { menuId: "401", quant: 1 },
    ])
    expect(formatOrderItems(params.items, params.itemFormat)).toBe(
      "101#2,401#1"
    )
  })

  it("sends each size's own id, never guessing one from a product with several sizes", () => {
    const sized = [
      { archidelivery_id: "101", product_id: "prod_m", variant_id: "var_30" },
      { archidelivery_id: "102", product_id: "prod_m", variant_id: "var_40" },
      // A size waiting for approval has no variant yet.
      { archidelivery_id: "103", product_id: "prod_m", variant_id: null },
    ]
    const line = (variant_id: string) => ({
      id: `item_${variant_id}`,
      title: "Маргарита",
      variant_id,
      product_id: "prod_m",
      quantity: 1,
    })
    const { params } = buildOrderPayload({
      order: order({ items: [line("var_40"), line("var_30")] }),
      productLinks: sized,
      options,
    })
    expect(params.items).toEqual([
      { menuId: "102", quant: 1 },
      { menuId: "101", quant: 1 },
    ])
    expect(() =>
      buildOrderPayload({
        order: order({ items: [line("var_unknown")] }),
        productLinks: sized,
        options,
      })
    ).toThrow(/no ArchiDelivery menu id/)
  })

  it("fails the whole order naming every item without a menu id", () => {
    const o = order({
      items: [
        {
          id: "item_1",
          title: "Маргарита",
          variant_id: "variant_pizza_30",
          quantity: 1,
        },
        {
          id: "item_3",
          product_title: "Піца «Ґазда»",
          variant_title: "40 см",
          variant_id: "variant_x",
          product_id: "prod_x",
          quantity: 1,
        },
      ],
    })
    let error: unknown
    try {
      buildOrderPayload({ order: o, productLinks: links, options })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(OrderPayloadError)
    expect((error as Error).message).toContain(
      'items[1] "Піца «Ґазда» / 40 см" (variant variant_x)'
    )
    expect((error as Error).message).toContain("no ArchiDelivery menu id")
    expect((error as OrderPayloadError).problems).toHaveLength(1)
  })

  it("refuses fractional quantities and an order without items", () => {
    expect(() =>
      buildOrderPayload({
        order: order({
          items: [
            {
              id: "i",
              title: "Маргарита",
              variant_id: "variant_pizza_30",
              quantity: 1.5,
            },
          ],
        }),
        productLinks: links,
        options,
      })
    ).toThrow(/quantity 1.5 is not a whole number/)
    expect(() =>
      buildOrderPayload({
        order: order({ items: [] }),
        productLinks: links,
        options,
      })
    ).toThrow(/items: the order has no items/)
  })

  it("sends a guest as type 0 with surname-first name and phone in the configured format", () => {
    const { params, phone, marker } = buildOrderPayload({
      order: order(),
      productLinks: links,
      options,
    })
    expect(params).toMatchObject({
      type: 0,
      client: "Коваленко Олена",
      phone: "380501112233",
      mail: "olena@example.com",
      email: "olena@example.com",
      cityname: "Київ",
      street: "вул. Саксаганського",
      home: "41",
      room: "12",
      frontdoor: "2",
      level: "5",
      doorphone: "1",
      flatwarecount: 1,
      comment: "Домофон: 12К #1042",
      ordertype: "3",
    })
    expect(params.clientId).toBeUndefined()
    expect(phone).toBe("+380501112233")
    expect(marker).toBe("#1042")
    const intl = parseOptions({
      url: "http://x.test:5858",
      phone: { format: "international" },
    })
    expect(
      buildOrderPayload({ order: order(), productLinks: links, options: intl })
        .params.phone
    ).toBe("+380 50 111 2233")
  })

  it("sends doorphone as the vendor's flag, the code in the comment before the marker", () => {
    const with_ = (intercom: unknown, note?: string, opts = options) =>
      buildOrderPayload({
        order: order({
          metadata: note ? { comment: note } : {},
          shipping_address: {
            ...order().shipping_address,
            metadata: intercom === undefined ? {} : { intercom },
          },
        }),
        productLinks: links,
        options: opts,
      }).params
    expect(with_("45К1234", "Без цибулі")).toMatchObject({
      doorphone: "1",
      comment: "Домофон: 45К1234; Без цибулі #1042",
    })
    expect(with_(true)).toMatchObject({ doorphone: "1", comment: "#1042" })
    expect(with_("так")).toMatchObject({ doorphone: "1", comment: "#1042" })
    expect(with_(false)).toMatchObject({ doorphone: "0", comment: "#1042" })
    expect(with_("ні")).toMatchObject({ doorphone: "0", comment: "#1042" })
    const none = with_(undefined)
    expect(none.doorphone).toBeUndefined()
    expect(none.comment).toBe("#1042")
    // A long note is cut; the code and the marker are kept.
    const long = with_("12К", "Ґ".repeat(400)).comment!
    expect(long.length).toBe(COMMENT_MAX)
    expect(long.startsWith("Домофон: 12К; ҐҐ")).toBe(true)
    expect(long.endsWith("… #1042")).toBe(true)
    expect(commentHasMarker(long, 1042)).toBe(true)

    const codeMode = parseOptions({
      url: "http://x.test:5858",
      doorphone: "code",
    })
    expect(with_("45К1234", "Без цибулі", codeMode)).toMatchObject({
      doorphone: "45К1234",
      comment: "Без цибулі #1042",
    })
    expect(with_(true, undefined, codeMode).doorphone).toBeUndefined()
  })

  it("writes the phone in the configured template, other countries in the format", () => {
    const templated = (template: string, phone = "+380 50 111 22 33") =>
      buildOrderPayload({
        order: order({
          shipping_address: { ...order().shipping_address, phone },
        }),
        productLinks: links,
        options: parseOptions({
          url: "http://x.test:5858",
          phone: { template },
        }),
      }).params.phone
    expect(templated("+38 (0##) ###-##-##")).toBe("+38 (050) 111-22-33")
    expect(templated("8(0##) ###-##-##")).toBe("8(050) 111-22-33")
    expect(templated("0#########")).toBe("0501112233")
    // A foreign number does not fit a UA template: digits, the default format.
    expect(templated("+38 (0##) ###-##-##", "+48 601 234 567")).toBe(
      "48601234567"
    )
  })

  it("sends a linked client as type 1 without a name", () => {
    const { params } = buildOrderPayload({
      order: order(),
      productLinks: links,
      options,
      clientId: "2102",
    })
    expect(params.type).toBe(1)
    expect(params.clientId).toBe("2102")
    expect(params.client).toBeUndefined()
  })

  it("takes house and flat from metadata first, city from options when missing", () => {
    const { params } = buildOrderPayload({
      order: order({
        shipping_address: {
          first_name: "Тарас",
          last_name: "Шевченко",
          phone: "0671234567",
          address_1: "вул. 8 Березня",
          city: "",
          metadata: { house: "3Б", flat: "7" },
        },
      }),
      productLinks: links,
      options,
    })
    expect(params).toMatchObject({
      cityname: "Київ",
      street: "вул. 8 Березня",
      home: "3Б",
      room: "7",
    })
  })

  it("puts the note before the marker and keeps the whole within 200 characters", () => {
    const short = buildOrderPayload({
      order: order({
        metadata: { comment: "Без цибулі,\nбудь ласка", persons: "3" },
      }),
      productLinks: links,
      options,
    }).params
    expect(short.comment).toBe("Домофон: 12К; Без цибулі, будь ласка #1042")
    expect(short.flatwarecount).toBe(3)
    const long = buildComment("Ґ".repeat(400), 1042)
    expect(long.length).toBe(COMMENT_MAX)
    expect(long.endsWith("… #1042")).toBe(true)
    // an emoji is never split in half
    const emoji = buildComment("😀".repeat(150), 7)
    expect(emoji.length).toBeLessThanOrEqual(COMMENT_MAX)
    expect(emoji).toMatch(/^(😀)+… #7$/u)
    expect(
      buildOrderPayload({
        order: order({ metadata: { note: "дзвінок" } }),
        productLinks: links,
        options,
      }).params.comment
    ).toBe("Домофон: 12К; дзвінок #1042")
  })

  it("reads delivery window, change and pickup", () => {
    const { params } = buildOrderPayload({
      order: order({
        metadata: {
          delivery_time: "2026-12-01T18:30",
          delivery_time_end: "2026-12-01 19:00:00",
          change_from: "500",
        },
        shipping_methods: [
          {
            name: "Самовивіз",
            shipping_option: { data: { id: "archidelivery-pickup-5" } },
          },
        ],
      }),
      productLinks: links,
      options,
    })
    expect(params).toMatchObject({
      time: "2026-12-01 18:30:00",
      timeend: "2026-12-01 19:00:00",
      changefrom: 500,
      ordertype: "2",
    })
    const byData = buildOrderPayload({
      order: order({ shipping_methods: [{ data: { type: "pickup" } }] }),
      productLinks: links,
      options,
    })
    expect(byData.params.ordertype).toBe("2")
    expect(() =>
      buildOrderPayload({
        order: order({ metadata: { delivery_time: "завтра" } }),
        productLinks: links,
        options,
      })
    ).toThrow(/metadata.delivery_time: "завтра" is not YYYY-MM-DD HH:MM:SS/)
  })

  it("maps the payment provider and flags online payments that are taken", () => {
    const cash = buildOrderPayload({
      order: order({
        payment_collections: [
          {
            status: "authorized",
            payments: [{ provider_id: "pp_system_default" }],
          },
        ],
      }),
      productLinks: links,
      options,
    }).params
    expect(cash).toMatchObject({ paymenttype: "1", ispayment: false })
    const card = buildOrderPayload({
      order: order({
        payment_collections: [
          {
            status: "completed",
            payments: [
              { provider_id: "pp_stripe_stripe", captured_at: "2026-01-01" },
            ],
          },
        ],
      }),
      productLinks: links,
      options,
    }).params
    expect(card).toMatchObject({ paymenttype: "2", ispayment: true })
    const unpaid = buildOrderPayload({
      order: order({
        payment_collections: [
          {
            status: "not_paid",
            payment_sessions: [
              { provider_id: "pp_stripe_stripe", status: "pending" },
            ],
          },
        ],
      }),
      productLinks: links,
      options,
    }).params
    expect(unpaid).toMatchObject({ paymenttype: "2", ispayment: false })
  })

  it("fails only a missing phone; an unusable one is sent as typed and flagged", () => {
    const noPhone = order({
      shipping_address: { first_name: "А", address_1: "вул. Б, 1" },
    })
    expect(() =>
      buildOrderPayload({ order: noPhone, productLinks: links, options })
    ).toThrow(/phone: the order has no phone number/)
    const bad = order({
      shipping_address: {
        first_name: "А",
        phone: "12",
        address_1: "вул. Б, 1",
      },
    })
    const sent = buildOrderPayload({ order: bad, productLinks: links, options })
    expect(sent.params.phone).toBe("12")
    expect(sent.phone).toBeNull()
    expect(sent.warnings).toEqual([{ code: "phone_unusable", value: "12" }])
    expect(
      buildOrderPayload({ order: order(), productLinks: links, options })
        .warnings
    ).toEqual([])
  })
})

describe("street and house", () => {
  const address = (address_1: string, metadata: Record<string, unknown> = {}) =>
    buildOrderPayload({
      order: order({
        shipping_address: {
          first_name: "А",
          phone: "0671234567",
          address_1,
          metadata,
        },
      }),
      productLinks: links,
      options,
    }).params

  it.each([
    ["вул. Хрещатик, 22", "вул. Хрещатик", "22"],
    ["вул. Хрещатик 22А", "вул. Хрещатик", "22А"],
    ["просп. Перемоги, буд. 5/1", "просп. Перемоги", "5/1"],
    ["вул. Саксаганського, 41Б", "вул. Саксаганського", "41Б"],
    ["вул. Хрещатик 22, кв. 5", "вул. Хрещатик", "22"],
    ["вул. Хрещатик, 41-Б", "вул. Хрещатик", "41Б"],
    ["вулиця Хрещатик, буд. 5-А", "вулиця Хрещатик", "5А"],
  ])("%s", (line, street, home) => {
    expect(address(line)).toMatchObject({ street, home })
  })

  it("sends the building and the parts the line names, metadata first", () => {
    expect(
      address("просп. Перемоги 14 корп. 2, під'їзд 3, поверх 4, кв. 56")
    ).toMatchObject({
      street: "просп. Перемоги",
      home: "14",
      corps: "2",
      room: "56",
      frontdoor: "3",
      level: "4",
    })
    expect(
      address("просп. Перемоги 14 корп. 2, під'їзд 3", {
        corps: "5",
        entrance: "1",
      })
    ).toMatchObject({ home: "14", corps: "5", frontdoor: "1" })
  })

  it("keeps a line without a house whole", () => {
    const params = address("Хрещатик")
    expect(params.street).toBe("Хрещатик")
    expect(params.home).toBeUndefined()
  })
})

describe("markers and times", () => {
  it("matches the marker only as a whole word at the end", () => {
    expect(commentHasMarker("Без цибулі #42", 42)).toBe(true)
    expect(commentHasMarker("#42", 42)).toBe(true)
    expect(commentHasMarker("Без цибулі #142", 42)).toBe(false)
    expect(commentHasMarker("#42 потім", 42)).toBe(false)
    expect(commentHasMarker(undefined, 42)).toBe(false)
  })

  it("formats delivery times", () => {
    expect(formatDeliveryTime("2026-12-01 18:30:15")).toBe(
      "2026-12-01 18:30:15"
    )
    expect(formatDeliveryTime("2026-13-01 18:30")).toBeNull()
    expect(formatDeliveryTime("2026-12-01T18:30:00Z")).toBeNull()
  })
})
