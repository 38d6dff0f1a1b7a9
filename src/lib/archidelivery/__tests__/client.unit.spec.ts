import { ArchiDeliveryClient, ArchiDeliveryError } from ".."
import {
  cp1251,
  queryValue,
  reply,
  startServer,
  textReply,
  TEXT_1251,
  XML_1251,
  type TestServer,
} from "./support/servers"

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { LOGGED_NEWORDER_WARN_REPLY } = require("../../../../emulator/evidence")

const WARN_TEXT = "Не получены данные с генераторов по заказу"
const XML_HEAD = '<?xml version="1.0" encoding="windows-1251"?>\r\n'

let server: TestServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function serve(handler: Parameters<typeof startServer>[0]) {
  server = await startServer(handler)
  return new ArchiDeliveryClient({ baseUrl: `${server.url}/` })
}

async function rejection(p: Promise<unknown>): Promise<ArchiDeliveryError> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(ArchiDeliveryError)
    return e as ArchiDeliveryError
  }
  throw new Error("expected the call to fail")
}

describe("ArchiDeliveryClient methods over HTTP", () => {
  it("ping finds the name and the version", async () => {
    const client = await serve(
      reply("ArchiDelivery server 1.5.8.0 (21.08.2014)", "text/plain")
    )
    await expect(client.ping()).resolves.toMatchObject({
      version: "1.5.8.0",
      body: "ArchiDelivery server 1.5.8.0 (21.08.2014)",
      latencyMs: expect.any(Number),
    })
    expect(server!.requests[0].path).toBe("/ping")
  })

  it("ping refuses a server that is not ArchiDelivery", async () => {
    const client = await serve(reply("<h1>Welcome to nginx!</h1>", "text/html"))
    const e = await rejection(client.ping())
    expect(e.kind).toBe("rejected")
    expect(e.message).toContain("did not identify itself as ArchiDelivery")
  })

  it("getAllMenu reads a keyed CP1251 menu in key order", async () => {
    const client = await serve(
      textReply(
        JSON.stringify({
          "1": {
            ID: 101,
            NAME: "Піца «Маргарита» 30 см",
            MGNAME: "Піца",
            PRICE: 185,
          },
          "2": {
            ID: 102,
            NAME: "Рол «Філадельфія» №1",
            MGNAME: "Роли",
            PRICE: 239.5,
          },
          "10": { ID: 110, NAME: "Узвар ґрушевий", MGNAME: "Напої", PRICE: 45 },
        })
      )
    )
    const rows = await client.getAllMenu()
    expect(rows.map((r) => r.ID)).toEqual([101, 102, 110])
    expect(rows[1]).toEqual({
      ID: 102,
      NAME: "Рол «Філадельфія» №1",
      MGNAME: "Роли",
      PRICE: 239.5,
    })
    expect(server!.requests[0]).toMatchObject({
      path: "/getallmenu",
      query: "",
    })
  })

  it("getClientByPhone sends the phone and reads a list; [] when none", async () => {
    let body = '[{"ID":"7","NAME":"Олена"},{"ID":"8","NAME":"Олег"}]'
    const client = await serve((req, res) => textReply(body)(req, res))
    await expect(client.getClientByPhone("+380 67 123-45-67")).resolves.toEqual(
      [
        { ID: "7", NAME: "Олена" },
        { ID: "8", NAME: "Олег" },
      ]
    )
    expect(server!.requests[0].query).toBe("phone=%2B380%2067%20123-45-67")
    body = ""
    await expect(client.getClientByPhone("380000000000")).resolves.toEqual([])
  })

  it("getClientData and getOrderData read one record, null when unknown", async () => {
    let body =
      '{"ID":"1001","ORDERSTATUS":6,"COMMENT":"Домофон не працює #1042"}'
    const client = await serve((req, res) => textReply(body)(req, res))
    await expect(client.getOrderData("1001")).resolves.toEqual({
      ID: "1001",
      ORDERSTATUS: 6,
      COMMENT: "Домофон не працює #1042",
    })
    expect(server!.requests[0]).toMatchObject({
      path: "/getorderdata",
      query: "OrderId=1001",
    })
    body = "{}"
    await expect(client.getOrderData("999")).resolves.toBeNull()
    body = '{"1":{"ID":"5","NAME":"Ігор"}}'
    await expect(client.getClientData("5")).resolves.toEqual({
      ID: "5",
      NAME: "Ігор",
    })
    expect(server!.requests[2]).toMatchObject({
      path: "/getclientdata",
      query: "cid=5",
    })
  })

  it("getOrderContent, getOrderByPoint and getAllPoint send their params", async () => {
    const client = await serve(
      textReply('[{"ID":1,"NAME":"Суші-сет","QUANT":2}]')
    )
    await expect(client.getOrderContent("1001")).resolves.toHaveLength(1)
    await client.getOrderByPoint("5", 4)
    await client.getAllPoint()
    expect(server!.requests.map((r) => `${r.path}?${r.query}`)).toEqual([
      "/getordercontent?OrderId=1001",
      "/getorderbypoint?pointid=5&statusid=4",
      "/getallpoint?",
    ])
  })

  it("newClient sends CP1251 params and reads ClientID (or CLIENTID / ID)", async () => {
    let body = '{"ClientID":321}'
    const client = await serve((req, res) => textReply(body)(req, res))
    const created = await client.newClient({
      phone: "380671234567",
      surname: "Ґудзь",
      name: "Ївга",
      street: "Січових Стрільців",
      house: "5",
    })
    expect(created.clientId).toBe("321")
    expect(created.exchange).toMatchObject({
      method: "newclient",
      status: 200,
      params: {
        phone: "380671234567",
        surname: "Ґудзь",
        name: "Ївга",
        street: "Січових Стрільців",
        house: "5",
      },
    })
    const q = server!.requests[0].query
    expect(queryValue(q, "surname", "win1251")).toBe("Ґудзь")
    expect(queryValue(q, "street", "win1251")).toBe("Січових Стрільців")
    expect(q).not.toContain("login=")
    body = '{"CLIENTID":"322"}'
    await expect(client.newClient({ phone: "1" })).resolves.toMatchObject({
      clientId: "322",
    })
    body = '{"1":{"ID":"323"}}'
    await expect(client.newClient({ phone: "1" })).resolves.toMatchObject({
      clientId: "323",
    })
    body = '{"Status":"done"}'
    const e = await rejection(client.newClient({ phone: "1" }))
    expect(e).toMatchObject({
      kind: "rejected",
      message: "no ClientID in the reply",
    })
    expect(e.exchange?.body).toContain('"Status":"done"')
  })

  const order = {
    type: 1 as const,
    clientId: "321",
    phone: "380671234567",
    street: "вул. Хрещатик",
    home: "22",
    comment: "Без цибулі, «гостре» — №2 #1042",
    ispayment: true,
    ordertype: "3",
    items: [
      { menuId: "3", quant: 5 },
      { menuId: "13", quant: 3 },
    ],
  }

  it("newOrder sends legacy items and returns the OrderId with the exchange", async () => {
    const client = await serve(
      reply(
        cp1251(
          `${XML_HEAD}<output><Results><Result>OK</Result><OrderId>1001</OrderId></Results><Errors/></output>`
        ),
        XML_1251
      )
    )
    const { orderId, exchange, warnings } = await client.newOrder({
      ...order,
      itemFormat: "legacy",
    })
    expect(orderId).toBe("1001")
    expect(warnings).toBeUndefined()
    const q = server!.requests[0].query
    expect(q).toContain("order=3%235%2C13%233")
    expect(q).not.toContain("orderformattype")
    expect(q.startsWith("type=1&clientid=321&phone=380671234567&")).toBe(true)
    expect(queryValue(q, "comment", "win1251")).toBe(order.comment)
    expect(queryValue(q, "ispayment", "win1251")).toBe("1")
    expect(exchange).toMatchObject({
      method: "neworder",
      query: q,
      status: 200,
      contentType: XML_1251,
      params: { order: "3#5,13#3", comment: order.comment, type: "1" },
    })
    expect(exchange.body).toContain("<OrderId>1001</OrderId>")
    expect(new Date(exchange.at).toISOString()).toBe(exchange.at)
  })

  it("newOrder sends JSON items with orderformattype=1", async () => {
    const client = await serve(
      reply(
        `<output><Results><Result>OK</Result><OrderId>1002</OrderId></Results><Errors/></output>`,
        null
      )
    )
    await client.newOrder({
      ...order,
      itemFormat: "json",
      items: [
        {
          menuId: "1234",
          quant: 1,
          mods: [{ modificatorId: 12, kind: 1, kind1: 1, ref: 555, quant: 1 }],
        },
      ],
    })
    const q = server!.requests[0].query
    expect(queryValue(q, "orderformattype", "win1251")).toBe("1")
    expect(JSON.parse(queryValue(q, "order", "win1251")!)).toEqual([
      {
        menuId: 1234,
        quant: 1,
        mods: [{ modificatorId: 12, kind: 1, kind1: 1, ref: 555, quant: 1 }],
      },
    ])
  })

  it("newOrder treats the real OK-with-Warn reply as rejected, the text verbatim", async () => {
    const body = cp1251(
      `${XML_HEAD}<output>\r\n<Results><Result>OK</Result></Results>\r\n<Errors><Warn> ${WARN_TEXT}</Warn></Errors>\r\n</output>`
    )
    const client = await serve(reply(body, XML_1251))
    const e = await rejection(
      client.newOrder({ ...order, itemFormat: "legacy" })
    )
    expect(e.kind).toBe("rejected")
    expect(e.method).toBe("neworder")
    expect(e.message).toBe(WARN_TEXT)
    expect(e.exchange).toMatchObject({
      status: 200,
      params: { order: "3#5,13#3" },
    })
    expect(e.exchange!.body).toContain(`<Warn> ${WARN_TEXT}</Warn>`)
  })

  it("newOrder reads the real logged reply's UTF-8 Warn under its windows-1251 prolog", async () => {
    const client = await serve(
      reply(LOGGED_NEWORDER_WARN_REPLY, "text/xml; charset=windows-1251")
    )
    const e = await rejection(
      client.newOrder({ ...order, itemFormat: "legacy" })
    )
    expect(e.kind).toBe("rejected")
    expect(e.message).toBe(WARN_TEXT)
    expect(e.exchange!.body).not.toMatch(/Р[ќµ]/)
  })

  it.each(["0", "-1", "abc", "12.5", "1e3"])(
    "newOrder treats OrderId %s as an unknown outcome, never as sent",
    async (id) => {
      const client = await serve(
        reply(
          `${XML_HEAD}<output>\r\n  <Results>\r\n    <Result>OK</Result>\r\n    <OrderId>${id}</OrderId>\r\n  </Results>\r\n</output>\r\n`,
          XML_1251
        )
      )
      const e = await rejection(
        client.newOrder({ ...order, itemFormat: "legacy" })
      )
      expect(e.kind).toBe("unknown_outcome")
      expect(e.message).toContain("is not a positive whole number")
    }
  )

  it("newOrder without OrderId and without Errors is rejected", async () => {
    const client = await serve(
      reply(
        "<output><Results><Result>OK</Result></Results><Errors/></output>",
        XML_1251
      )
    )
    const e = await rejection(
      client.newOrder({ ...order, itemFormat: "legacy" })
    )
    expect(e).toMatchObject({
      kind: "rejected",
      message: "no OrderId in the reply",
    })
  })

  it("newOrder with an OrderId and a Warn succeeds and hands the warning back", async () => {
    const client = await serve(
      reply(
        cp1251(
          "<output><Results><Result>OK</Result><OrderId>1003</OrderId></Results><Errors><Warn>Кур'єр зайнятий</Warn></Errors></output>"
        ),
        XML_1251
      )
    )
    await expect(
      client.newOrder({ ...order, itemFormat: "legacy" })
    ).resolves.toMatchObject({
      orderId: "1003",
      warnings: ["Кур'єр зайнятий"],
    })
  })

  it("newOrder refuses type 1 without a client id and bad items before sending", async () => {
    const client = await serve(reply("unused", "text/plain"))
    const e1 = await rejection(
      client.newOrder({ ...order, clientId: undefined, itemFormat: "legacy" })
    )
    expect(e1).toMatchObject({ kind: "rejected", field: "clientId" })
    const e2 = await rejection(
      client.newOrder({
        ...order,
        itemFormat: "legacy",
        items: [{ menuId: "", quant: 1 }],
      })
    )
    expect(e2).toMatchObject({ kind: "rejected", field: "items[0].menuId" })
    expect(server!.requests).toHaveLength(0)
  })

  it("sends UTF-8 queries when configured", async () => {
    server = await startServer(textReply("[]"))
    const client = new ArchiDeliveryClient({
      baseUrl: server.url,
      encoding: "utf8",
    })
    await client.getClientByPhone("Їжак ёж №1")
    const q = server.requests[0].query
    expect(q).toBe("phone=%D0%87%D0%B6%D0%B0%D0%BA%20%D1%91%D0%B6%20%E2%84%961")
    expect(queryValue(q, "phone", "utf8")).toBe("Їжак ёж №1")
  })

  it.each([
    ["CP1251 declared", (t: string) => cp1251(t), TEXT_1251],
    [
      "UTF-8 declared",
      (t: string) => Buffer.from(t, "utf8"),
      "text/plain; charset=utf-8",
    ],
    [
      "CP1251 mislabeled as UTF-8",
      (t: string) => cp1251(t),
      "text/plain; charset=utf-8",
    ],
    ["CP1251 with no charset", (t: string) => cp1251(t), "text/plain"],
    ["UTF-8 with no Content-Type", (t: string) => Buffer.from(t, "utf8"), null],
    [
      "CP1251 as A1's bare text type",
      (t: string) => cp1251(t),
      "text; charset=windows-1251",
    ],
  ])("decodes a reply: %s", async (_name, encode, contentType) => {
    const client = await serve(
      reply(
        encode(
          'RESULT=OK\r\nDATA=[{"ID":1,"NAME":"Вареники з вишнею «Бабусині» № 3, ґ ї є ё"}]'
        ),
        contentType
      )
    )
    await expect(client.getAllPoint()).resolves.toEqual([
      { ID: 1, NAME: "Вареники з вишнею «Бабусині» № 3, ґ ї є ё" },
    ])
  })

  it("call() is the low level: it returns the parsed envelope and the exchange", async () => {
    const client = await serve(textReply('{"1":{"ID":1}}'))
    const { reply: r, exchange } = await client.call("getallusers", {
      x: "ґ",
      y: undefined,
    })
    expect(r).toEqual({
      type: "text",
      ok: true,
      result: "OK",
      message: null,
      data: { "1": { ID: 1 } },
    })
    expect(exchange).toMatchObject({
      method: "getallusers",
      query: "x=%B4",
      params: { x: "ґ" },
    })
    await expect(client.call("../admin")).rejects.toThrow(TypeError)
  })
})
