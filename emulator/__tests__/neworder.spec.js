// neworder over real TCP: both item formats, both client types, and every rejection.
const { createEmulator } = require("..")
const { raw, query, data } = require("./helpers")

const XML_HEAD = '<?xml version="1.0" encoding="windows-1251"?>\r\n'
const XML_TYPE = "text/xml; charset=windows-1251"
/** The logged reply's layout: CRLF, two-space indentation, a trailing CRLF. */
const xml = (/** @type {string[]} */ lines) =>
  XML_HEAD + lines.join("\r\n") + "\r\n"

let emu
beforeAll(async () => {
  emu = createEmulator({ port: 0, controlPort: 0, host: "127.0.0.1" })
  await emu.start()
})
afterAll(() => emu.stop())
beforeEach(() => emu.reset())

const get = (path) => raw(emu.url + path)
const xmlErrors = (r) =>
  [...r.text.matchAll(/<Error>([^<]*)<\/Error>/g)].map((m) => m[1])

describe("neworder", () => {
  it("type 0 with legacy items creates a client and order 1001 (CP1251 query)", async () => {
    const params = {
      type: 0,
      client: "Іваненко Петро Степанович",
      phone: "380671112233",
      cityname: "Київ",
      street: "вул. Хорива",
      home: "7а",
      comment: "Без цибулі #1042",
      order: "101#2,401#3",
    }
    const r = await get(`/neworder?${query(params)}`)
    expect(r.status).toBe(200)
    expect(r.headers["content-type"]).toBe(XML_TYPE)
    // Success has no <Errors> element at all.
    expect(r.text).toBe(
      xml([
        "<output>",
        "  <Results>",
        "    <Result>OK</Result>",
        "    <OrderId>1001</OrderId>",
        "  </Results>",
        "</output>",
      ])
    )
    const order = emu.state.orders.find((o) => o.id === 1001)
    expect(order).toMatchObject({
      status: 12,
      total: 505,
      params: { ...params, type: "0" },
    })
    expect(order.items).toEqual([
      { ID: 101, NAME: "Маргарита 30 см", PRICE: 185, QUANT: 2 },
      { ID: 401, NAME: "Coca-Cola 0,5 л", PRICE: 45, QUANT: 3 },
    ])
    expect(new Date(order.created_at).getTime()).not.toBeNaN()
    const client = emu.state.clients.find((c) => c.ID === order.client_id)
    expect(client).toMatchObject({
      SURNAME: "Іваненко",
      NAME: "Петро",
      FATHERNAME: "Степанович",
      PHONE: "380671112233",
    })
    const row = Object.values(data(await get("/getorderdata?OrderId=1001")))[0]
    expect(row).toMatchObject({
      ORDERSTATUS: 12,
      CLIENTID: client.ID,
      PHONE: "380671112233",
      COMMENT: "Без цибулі #1042",
      SUMMA: 505,
    })
  })

  it("adds an added menu modifier's menu price to the total, per piece of the dish", async () => {
    const items = [
      {
        menuId: 101,
        quant: 2,
        mods: [
          // Added, a menu row (403, 29): 2 × 29 per pizza.
          { modificatorId: 1403, kind: 1, kind1: 1, ref: 403, quant: 2 },
          // Removed, or a nomenclature reference: free.
          { modificatorId: 0, kind: 0, kind1: 0, ref: 9001, quant: 1 },
          { modificatorId: 1404, kind: 1, kind1: 0, ref: 404, quant: 1 },
        ],
      },
    ]
    const q = query({
      type: 1,
      clientid: 2102,
      orderformattype: 1,
      order: JSON.stringify(items),
    })
    const id = Number(
      /<OrderId>(\d+)<\/OrderId>/.exec((await get(`/neworder?${q}`)).text)?.[1]
    )
    expect(emu.state.orders.find((o) => o.id === id).total).toBe(
      2 * (185 + 2 * 29)
    )
  })

  it("type 1 with JSON items (orderformattype=1) and a UTF-8 query", async () => {
    const items = [
      {
        menuId: 110,
        quant: 1,
        mods: [{ modificatorId: 12, kind: 1, kind1: 1, ref: 555, quant: 1 }],
      },
      { menuId: 105, quant: 2 },
    ]
    const q = query(
      {
        type: 1,
        clientid: 2102,
        phone: "380501112233",
        orderformattype: 1,
        order: JSON.stringify(items),
        comment: "Дзвінок «до дверей»",
        ordertype: 2,
      },
      encodeURIComponent
    )
    const r = await get(`/neworder?${q}`)
    expect(r.text).toContain(
      "<OrderId>1001</OrderId>\r\n  </Results>\r\n</output>"
    )
    expect(r.text).not.toContain("Errors")
    const second = await get(
      `/neworder?${query({ type: 1, clientid: 2103, order: "301#1" })}`
    )
    expect(second.text).toContain("<OrderId>1002</OrderId>")
    const order = emu.state.orders.find((o) => o.id === 1001)
    expect(order).toMatchObject({
      client_id: 2102,
      total: 758,
      params: expect.objectContaining({ comment: "Дзвінок «до дверей»" }),
    })
    expect(order.items[0].mods).toEqual(items[0].mods)
    const row = Object.values(data(await get("/getorderdata?OrderId=1001")))[0]
    expect(row).toMatchObject({ ORDERTYPE: 2, CLIENTID: 2102 })
    // type 1 uses the client's stored phone when none is sent.
    expect(
      Object.values(data(await get("/getorderdata?OrderId=1002")))[0].PHONE
    ).toBe("380501112233")
    expect(emu.state.clients).toHaveLength(8)
  })

  it("accepts a comment of exactly 200 characters", async () => {
    const r = await get(
      `/neworder?${query({ type: 1, clientid: 2101, order: "101#1", comment: "ї".repeat(200) })}`
    )
    expect(r.text).toContain("<OrderId>1001</OrderId>")
  })

  it.each([
    ["unknown client id", { type: 1, clientid: 777, order: "101#1" }, /ID=777/],
    ["type 1 without clientid", { type: 1, order: "101#1" }, /clientid/],
    [
      "type 0 without client",
      { type: 0, phone: "380671112233", order: "101#1" },
      /client/,
    ],
    ["type 0 without phone", { client: "Ірина", order: "101#1" }, /phone/],
    ["unknown type", { type: 5, clientid: 2101, order: "101#1" }, /type/],
    [
      "unknown menu id",
      { type: 1, clientid: 2101, order: "101#1,999#1" },
      /ID=999/,
    ],
    [
      "inactive menu id",
      { type: 1, clientid: 2101, order: "113#1" },
      /«Сезонна з гарбузом 30 см» \(ID=113\)/,
    ],
    ["zero quantity", { type: 1, clientid: 2101, order: "101#0" }, /«0»/],
    ["negative quantity", { type: 1, clientid: 2101, order: "101#-1" }, /«-1»/],
    [
      "fractional quantity",
      { type: 1, clientid: 2101, order: "101#1.5" },
      /«1.5»/,
    ],
    ["text quantity", { type: 1, clientid: 2101, order: "101#два" }, /«два»/],
    ["a line without #", { type: 1, clientid: 2101, order: "101" }, /«101»/],
    ["empty order", { type: 1, clientid: 2101, order: "" }, /order/],
    [
      "JSON without orderformattype",
      { type: 1, clientid: 2101, order: '[{"menuId":101,"quant":1}]' },
      /позиции/,
    ],
    [
      "broken JSON",
      { type: 1, clientid: 2101, orderformattype: 1, order: "[{menuId:101" },
      /JSON/,
    ],
    [
      "JSON with an inactive id",
      {
        type: 1,
        clientid: 2101,
        orderformattype: 1,
        order: '[{"menuId":509,"quant":1}]',
      },
      /ID=509/,
    ],
    [
      "comment over 200 characters",
      { type: 1, clientid: 2101, order: "101#1", comment: "ї".repeat(201) },
      /200/,
    ],
    [
      "a bad delivery time",
      { type: 1, clientid: 2101, order: "101#1", time: "завтра о 18" },
      /time/,
    ],
  ])(
    "rejects %s with <Errors> and writes nothing",
    async (_, params, message) => {
      const clients = emu.state.clients.length
      const r = await get(`/neworder?${query(params)}`)
      expect(r.headers["content-type"]).toBe(XML_TYPE)
      expect(
        r.text.startsWith(
          xml([
            "<output>",
            "  <Results>",
            "    <Result>ERROR</Result>",
            "  </Results>",
            "  <Errors>",
            "    <Error>",
          ]).trimEnd()
        )
      ).toBe(true)
      expect(r.text).not.toContain("OrderId")
      expect(xmlErrors(r).join("\n")).toMatch(message)
      expect(emu.state.orders).toHaveLength(7)
      expect(emu.state.clients).toHaveLength(clients)
    }
  )

  it("reports every problem of one order", async () => {
    const r = await get(
      `/neworder?${query({ type: 1, clientid: 1, order: "999#1,113#1,101#x" })}`
    )
    expect(xmlErrors(r)).toHaveLength(4)
  })
})
