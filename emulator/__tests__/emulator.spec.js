// Protocol port: every method's bytes, Content-Type, decoding and error paths over real TCP.
const iconv = require("iconv-lite")
const { createEmulator } = require("..")
const { decodeQuery } = require("../gaps")
const { raw, cp1251, query, data } = require("./helpers")

// A literal "text;" as the real server's text replies carry (see gaps.CONTENT_TYPES).
const TEXT_TYPE = "text; charset=windows-1251"

let emu
beforeAll(async () => {
  emu = createEmulator({ port: 0, controlPort: 0, host: "127.0.0.1" })
  await emu.start()
})
afterAll(() => emu.stop())
beforeEach(() => emu.reset())

const get = (path) => raw(emu.url + path)
const errorOf = (r) => {
  const [first, second] = r.text.split("\r\n")
  expect(first).toBe("RESULT=ERROR")
  return JSON.parse(second.slice("DATA=".length))
}

describe("text methods", () => {
  it("ping answers with the product name and a version", async () => {
    const r = await get("/ping")
    expect(r.status).toBe(200)
    expect(r.headers["content-type"]).toBe(TEXT_TYPE)
    expect(r.text).toMatch(/ArchiDelivery \d+\.\d+\.\d+\.\d+/)
  })

  it("getallmenu sends UTF-8 bytes under a windows-1251 label, keyed 1,2,…, active rows only", async () => {
    const r = await get("/getallmenu")
    expect(r.headers["content-type"]).toBe(TEXT_TYPE)
    expect(r.bytes.includes(Buffer.from("Маргарита 30 см", "utf8"))).toBe(true)
    expect(r.bytes.includes(iconv.encode("Маргарита", "cp1251"))).toBe(false)
    const menu = data(r)
    const rows = Object.values(menu)
    expect(Object.keys(menu)).toEqual(rows.map((_, i) => String(i + 1)))
    expect(rows.length).toBeGreaterThanOrEqual(40)
    for (const row of rows) {
      expect(row).toEqual(
        expect.objectContaining({
          ID: expect.any(Number),
          NAME: expect.any(String),
          MGNAME: expect.any(String),
          PRICE: expect.any(Number),
          WEIGHT: expect.any(Number),
        })
      )
    }
    expect(new Set(rows.map((r) => r.MGNAME))).toEqual(
      new Set(["Піца", "Суші", "Роли", "Напої", "Десерти"])
    )
    const names = rows.map((r) => r.NAME).join(" ")
    for (const ch of ["і", "ї", "є", "ґ", "'", "«", "»", "№"])
      expect(names).toContain(ch)
    expect(names).toContain("Маргарита 40 см")
    expect(rows.some((r) => !Number.isInteger(r.PRICE))).toBe(true)
    const inactive = emu.state.menu
      .filter((r) => r.ACTIVE === 0)
      .map((r) => r.ID)
    expect(inactive.length).toBeGreaterThanOrEqual(3)
    expect(rows.filter((r) => inactive.includes(r.ID))).toEqual([])
  })

  it("getallpoint lists both points", async () => {
    const r = await get("/getallpoint")
    expect(r.headers["content-type"]).toBe(TEXT_TYPE)
    const rows = Object.values(data(r))
    expect(rows.map((p) => p.ID)).toEqual([5, 10])
    for (const p of rows)
      expect(Object.keys(p)).toEqual(["ID", "NAME", "ADDRESS"])
    expect(rows[0].NAME).toBe("Піцерія на Подолі")
  })

  it("getclientbyphone returns both clients sharing a phone", async () => {
    const rows = Object.values(
      data(await get("/getclientbyphone?phone=380501112233"))
    )
    expect(rows.map((c) => c.ID)).toEqual([2102, 2103])
    expect(rows[0].FULLNAME).toBe("Коваленко Олена Петрівна")
  })

  it("getclientbyphone matches the stored string exactly", async () => {
    const local = Object.values(
      data(await get("/getclientbyphone?phone=0931234567"))
    )
    expect(local.map((c) => c.SURNAME)).toEqual(["Мельник"])
    expect(data(await get("/getclientbyphone?phone=380931234567"))).toEqual({})
    expect(
      data(
        await get(
          `/getclientbyphone?phone=${encodeURIComponent("+380501112233")}`
        )
      )
    ).toEqual({})
    expect(errorOf(await get("/getclientbyphone"))).toMatch(/phone/)
  })

  it("getclientdata returns one client, empty DATA for an unknown id", async () => {
    const rows = Object.values(data(await get("/getclientdata?cid=2107")))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ ID: 2107, SURNAME: "Ґонта" })
    expect(data(await get("/getclientdata?cid=99999"))).toEqual({})
    expect(errorOf(await get("/getclientdata?cid=abc"))).toMatch(/cid/)
  })

  it("getorderdata returns one row for a known order and empty DATA otherwise", async () => {
    const r = await get("/getorderdata?OrderId=905")
    expect(r.headers["content-type"]).toBe(TEXT_TYPE)
    const rows = Object.values(data(r))
    expect(rows).toHaveLength(1)
    expect(Object.keys(rows[0])).toEqual([
      "ID",
      "ORDERSTATUS",
      "CLIENTID",
      "PHONE",
      "COMMENT",
      "ORDERDATETIME",
      "ORDERTYPE",
      "SUMMA",
    ])
    expect(rows[0]).toMatchObject({
      ID: 905,
      ORDERSTATUS: 6,
      CLIENTID: 2107,
      COMMENT: "Домофон не працює",
    })
    expect(rows[0].ORDERDATETIME).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/)
    expect((await get("/getorderdata?OrderId=4242")).text).toBe(
      "RESULT=OK\r\nDATA={}"
    )
    // Parameter names are matched without regard to case.
    expect(
      Object.values(data(await get("/getorderdata?orderid=901")))[0].ORDERSTATUS
    ).toBe(12)
    expect(errorOf(await get("/getorderdata"))).toMatch(/OrderId/)
  })

  it("seed orders cover the status codes 12, 2, 4, 5, 6, 7 and 9", () => {
    expect(emu.state.orders.map((o) => o.status).sort((a, b) => a - b)).toEqual(
      [2, 4, 5, 6, 7, 9, 12]
    )
  })

  it("getordercontent lists NAME, QUANT, ID, PRICE", async () => {
    const rows = Object.values(data(await get("/getordercontent?OrderId=904")))
    expect(rows).toEqual([
      { NAME: "Маргарита 40 см", QUANT: 1, ID: 102, PRICE: 259 },
      { NAME: "Пепероні 30 см", QUANT: 1, ID: 103, PRICE: 219 },
      { NAME: "Морс журавлиний 0,5 л", QUANT: 2, ID: 405, PRICE: 55 },
    ])
    expect(data(await get("/getordercontent?OrderId=1"))).toEqual({})
  })

  it("getorderbypoint filters by point and status", async () => {
    const rows = Object.values(
      data(await get("/getorderbypoint?pointid=10&statusid=4"))
    )
    expect(rows).toHaveLength(1)
    expect(Object.keys(rows[0])).toEqual([
      "ID",
      "ORDERTYPE",
      "FormatORDERDATETIME",
      "AddressForYaMap",
    ])
    expect(rows[0]).toMatchObject({
      ID: 903,
      ORDERTYPE: 3,
      AddressForYaMap: "Київ, просп. Володимира Івасюка, 8",
    })
    expect(data(await get("/getorderbypoint?pointid=5&statusid=4"))).toEqual({})
    expect(errorOf(await get("/getorderbypoint?pointid=5"))).toMatch(/statusid/)
  })

  it("answers unknown methods and non-GET requests with RESULT=ERROR", async () => {
    const r = await get("/getallusers2")
    expect(r.headers["content-type"]).toBe(TEXT_TYPE)
    expect(errorOf(r)).toContain("getallusers2")
    const post = await raw(emu.url + "/ping", { method: "POST" })
    expect(post.status).toBe(405)
    expect(errorOf(post)).toMatch(/GET/)
  })

  it("matches method names without regard to case", async () => {
    expect(Object.keys(data(await get("/GetAllPoint")))).toEqual(["1", "2"])
  })
})

describe("query decoding", () => {
  it("reads CP1251 and UTF-8 percent-encoding of Cyrillic", () => {
    expect(decodeQuery("client=%C8%E2%E0%ED%EE%E2")).toEqual({
      client: "Иванов",
    })
    expect(decodeQuery(`client=${encodeURIComponent("Ґонта Їжак")}`)).toEqual({
      client: "Ґонта Їжак",
    })
    expect(decodeQuery(`a=${cp1251("Ґонта Їжак")}&b=1+2&c`)).toEqual({
      a: "Ґонта Їжак",
      b: "1 2",
      c: "",
    })
  })

  it.each([
    ["CP1251", cp1251],
    ["UTF-8", encodeURIComponent],
  ])("stores a %s-encoded newclient the same way", async (_, encode) => {
    const q = query(
      {
        phone: "380931110000",
        surname: "Їжакевич",
        name: "Ґелена",
        fathername: "Євгенівна",
        street: "вул. Їжакевича",
      },
      encode
    )
    const { ClientID } = data(await get(`/newclient?${q}`))
    const client = emu.state.clients.find((c) => c.ID === ClientID)
    expect(client).toMatchObject({
      FULLNAME: "Їжакевич Ґелена Євгенівна",
      STREET: "вул. Їжакевича",
      PHONE: "380931110000",
    })
    expect(emu.requests.at(-1)).toMatchObject({
      method: "newclient",
      query: q,
      params: expect.objectContaining({ name: "Ґелена" }),
    })
  })
})

describe("newclient", () => {
  it("creates a client found by its phone afterwards", async () => {
    const r = await get(
      `/newclient?${query({ phone: "380990000001", surname: "Петренко", name: "Ольга", email: "olha@example.com" })}`
    )
    expect(r.headers["content-type"]).toBe(TEXT_TYPE)
    const { ClientID } = data(r)
    expect(ClientID).toBeGreaterThan(2108)
    const found = Object.values(
      data(await get("/getclientbyphone?phone=380990000001"))
    )
    expect(found).toEqual([
      expect.objectContaining({ ID: ClientID, MAIL: "olha@example.com" }),
    ])
  })

  it("rejects an address field over 19 characters and a missing phone", async () => {
    const before = emu.state.clients.length
    const long = await get(
      `/newclient?${query({ phone: "380990000002", street: "вулиця Двадцятирічна" })}`
    )
    expect(errorOf(long)).toMatch(/street.*19/)
    expect(errorOf(await get(`/newclient?${query({ name: "Ніна" })}`))).toMatch(
      /phone/
    )
    expect(emu.state.clients).toHaveLength(before)
    expect(
      data(
        await get(
          `/newclient?${query({ phone: "380990000002", street: "вул. Двадцятирічна" })}`
        )
      )
    ).toHaveProperty("ClientID")
  })
})

describe("request log", () => {
  it("keeps method, decoded params, raw query and time, capped at 1000", async () => {
    await get(`/getclientbyphone?phone=${cp1251("тест")}`)
    expect(emu.requests).toEqual([
      {
        method: "getclientbyphone",
        params: { phone: "тест" },
        query: "phone=%F2%E5%F1%F2",
        at: expect.any(String),
      },
    ])
    for (let n = 0; n < 10; n++) await get(`/ping?n=${n}`)
    // The rest in parallel batches: only the first ten need a known order.
    for (let n = 10; n < 1005; n += 50) {
      const batch = Array.from({ length: Math.min(50, 1005 - n) }, (_, j) =>
        get(`/ping?n=${n + j}`)
      )
      await Promise.all(batch)
    }
    expect(emu.requests).toHaveLength(1000)
    expect(emu.requests[0].params.n).toBe("5")
  }, 30000)
})
