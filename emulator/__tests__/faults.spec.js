// Faults over real TCP: refused connections, slowness, lost replies, 5xx, Warn, bad bodies.
const net = require("node:net")
const iconv = require("iconv-lite")
const { createEmulator } = require("..")
const { LOGGED_NEWORDER_WARN_REPLY } = require("../evidence")
const { raw, query, data, control, eventually } = require("./helpers")

const ORDER = `/neworder?${query({ type: 1, clientid: 2101, order: "101#1" })}`

let emu
beforeAll(async () => {
  emu = createEmulator({ port: 0, controlPort: 0 })
  await emu.start()
})
afterAll(() => emu.stop())
beforeEach(() => emu.reset())

const faults = async (body) => {
  const r = await control.post(`${emu.controlUrl}/faults`, body)
  expect(r.status).toBe(200)
  return r.data
}
const newOrders = () => emu.state.orders.filter((o) => o.id >= 1001)
const portOf = (url) => Number(new URL(url).port)

/** Resolves with the socket error code of a bare TCP connect, or "connected". */
const tcpConnect = (port) =>
  new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1")
    s.once("connect", () => (s.destroy(), resolve("connected")))
    s.once("error", (e) => resolve(e.code))
  })

describe("unreachable", () => {
  it("closes the protocol port (connections refused) and reopens the same port", async () => {
    const port = portOf(emu.url)
    expect(await tcpConnect(port)).toBe("connected")
    // An already open connection is destroyed too.
    const open = net.connect(port, "127.0.0.1")
    await new Promise((r) => open.once("connect", r))
    const closed = new Promise((r) => open.once("close", r))

    await faults({ unreachable: true })
    await closed
    expect(await tcpConnect(port)).toBe("ECONNREFUSED")
    await expect(raw(`${emu.url}/ping`)).rejects.toMatchObject({
      code: "ECONNREFUSED",
    })
    // The control API stays up.
    expect((await control.get(`${emu.controlUrl}/state`)).status).toBe(200)

    await faults({ unreachable: false })
    expect(portOf(emu.url)).toBe(port)
    expect((await raw(`${emu.url}/ping`)).text).toContain("ArchiDelivery")
  })

  it("reopens on reset", async () => {
    await faults({ unreachable: true })
    await control.post(`${emu.controlUrl}/reset`)
    expect((await raw(`${emu.url}/ping`)).status).toBe(200)
  })
})

describe("latency", () => {
  it("still answers normally after the delay", async () => {
    await faults({ latency_ms: 50 })
    expect((await raw(`${emu.url}/ping`)).text).toContain("ArchiDelivery")
  })

  it("processes the request after the delay even when the client gave up", async () => {
    await faults({ latency_ms: 400 })
    await expect(raw(`${emu.url}${ORDER}`, { timeoutMs: 20 })).rejects.toThrow(
      "client timeout"
    )
    expect(newOrders()).toHaveLength(0)
    await eventually(() => newOrders().length === 1)
  })
})

describe("lost and broken replies", () => {
  it("drop_after_commit creates the order and closes the socket without a reply", async () => {
    await faults({ drop_after_commit: 1 })
    await expect(raw(`${emu.url}${ORDER}`)).rejects.toMatchObject({
      code: "ECONNRESET",
    })
    expect(newOrders()).toEqual([
      expect.objectContaining({ id: 1001, status: 12 }),
    ])
  })

  it("drop_after_commit hits newclient as well, after creating the client", async () => {
    await faults({ drop_after_commit: 1 })
    await expect(
      raw(`${emu.url}/newclient?phone=380990000009`)
    ).rejects.toMatchObject({ code: "ECONNRESET" })
    expect(emu.state.clients.at(-1).PHONE).toBe("380990000009")
    // Reading methods are not "after commit".
    expect((await raw(`${emu.url}/ping`)).status).toBe(200)
  })

  it("error_5xx answers 500 before doing anything", async () => {
    await faults({ error_5xx: 1 })
    const r = await raw(`${emu.url}${ORDER}`)
    expect(r.status).toBe(500)
    expect(r.text).not.toContain("RESULT")
    expect(newOrders()).toHaveLength(0)
    expect((await raw(`${emu.url}/getallmenu`)).status).toBe(500)
  })

  it("error_5xx_after_commit answers 500 after creating the order", async () => {
    await faults({ error_5xx_after_commit: 1 })
    expect((await raw(`${emu.url}${ORDER}`)).status).toBe(500)
    expect(newOrders()).toHaveLength(1)
  })

  it("warn_no_order_id sends the real OK-with-Warn reply and creates nothing", async () => {
    await faults({ warn_no_order_id: 1 })
    const r = await raw(`${emu.url}${ORDER}`)
    expect(r.headers["content-type"]).toBe("text/xml; charset=windows-1251")
    // Byte for byte the reply a production shop logged in 2014.
    expect(r.bytes.equals(LOGGED_NEWORDER_WARN_REPLY)).toBe(true)
    expect(newOrders()).toHaveLength(0)
  })

  it("malformed truncates the body; neworder still commits", async () => {
    await faults({ malformed: 1 })
    const order = await raw(`${emu.url}${ORDER}`)
    expect(order.status).toBe(200)
    expect(order.text.startsWith('<?xml version="1.0"')).toBe(true)
    expect(order.text).not.toContain("</output>")
    expect(newOrders()).toHaveLength(1)
    const menu = await raw(`${emu.url}/getallmenu`)
    expect(menu.text.startsWith("RESULT=OK\r\nDATA={")).toBe(true)
    expect(() =>
      JSON.parse(menu.text.slice("RESULT=OK\r\nDATA=".length))
    ).toThrow()
    expect((await raw(`${emu.url}/ping`)).text.toLowerCase()).not.toContain(
      "archidelivery"
    )
  })
})

describe("charset", () => {
  it("by default sends UTF-8 bytes under a windows-1251 label, as the logged reply", async () => {
    const r = await raw(`${emu.url}/getallpoint`)
    expect(r.headers["content-type"]).toBe("text; charset=windows-1251")
    expect(r.bytes.includes(Buffer.from("Піцерія на Подолі", "utf8"))).toBe(
      true
    )
    const xml = await raw(`${emu.url}${ORDER}`)
    expect(xml.headers["content-type"]).toBe("text/xml; charset=windows-1251")
    expect(xml.bytes.toString("utf8")).toMatch(
      /^<\?xml version="1.0" encoding="windows-1251"\?>\r\n<output>\r\n {2}<Results>/
    )
  })

  it("cp1251 sends CP1251 bytes under a windows-1251 label", async () => {
    await faults({ charset: "cp1251" })
    const r = await raw(`${emu.url}/getallpoint`)
    expect(r.headers["content-type"]).toBe("text; charset=windows-1251")
    expect(r.bytes.includes(iconv.encode("Піцерія на Подолі", "cp1251"))).toBe(
      true
    )
  })

  it("escaped sends pure ASCII: \\u escapes in DATA, character references in XML", async () => {
    await faults({ charset: "escaped", warn_no_order_id: 1 })
    const r = await raw(`${emu.url}/getallpoint`)
    expect(r.bytes.every((b) => b < 0x80)).toBe(true)
    expect(r.text).toContain("\\u041f\\u0456")
    expect(Object.values(data(r))[0].NAME).toBe("Піцерія на Подолі")
    const xml = await raw(`${emu.url}${ORDER}`)
    expect(xml.bytes.every((b) => b < 0x80)).toBe(true)
    expect(xml.text).toContain("<Warn> &#1053;&#1077; ")
  })

  it("strict_query reads queries as CP1251 only, so UTF-8 arrives as mojibake", async () => {
    await faults({ strict_query: true })
    await raw(`${emu.url}/getclientbyphone?phone=${encodeURIComponent("Київ")}`)
    expect(emu.requests.at(-1).params.phone).toBe("РљРёС—РІ")
    await raw(`${emu.url}/getclientbyphone?phone=%CA%E8%BF%E2`)
    expect(emu.requests.at(-1).params.phone).toBe("Київ")
  })

  it("utf8 sends UTF-8 bytes declared as utf-8", async () => {
    await faults({ charset: "utf8" })
    const r = await raw(`${emu.url}/getallpoint`)
    expect(r.headers["content-type"]).toBe("text; charset=utf-8")
    expect(r.bytes.includes(Buffer.from("Піцерія на Подолі", "utf8"))).toBe(
      true
    )
    const xml = await raw(`${emu.url}${ORDER}`)
    expect(xml.headers["content-type"]).toBe("text/xml; charset=utf-8")
    expect(xml.bytes.toString("utf8")).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>/
    )
  })

  it("undeclared sends CP1251 bytes with no charset", async () => {
    await faults({ charset: "undeclared" })
    const r = await raw(`${emu.url}/getallpoint`)
    expect(r.headers["content-type"]).toBe("text")
    expect(r.bytes.includes(iconv.encode("Піцерія на Подолі", "cp1251"))).toBe(
      true
    )
    expect((await raw(`${emu.url}${ORDER}`)).headers["content-type"]).toBe(
      "text/xml"
    )
  })

  it("mislabeled sends CP1251 bytes declared as utf-8", async () => {
    await faults({ charset: "mislabeled" })
    const r = await raw(`${emu.url}/getallpoint`)
    expect(r.headers["content-type"]).toBe("text; charset=utf-8")
    expect(r.bytes.includes(iconv.encode("Піцерія на Подолі", "cp1251"))).toBe(
      true
    )
    expect(r.bytes.toString("utf8")).toContain("\ufffd")
  })
})

describe("limits and rates", () => {
  it("methods limits every fault to the listed methods", async () => {
    await faults({ error_5xx: 1, charset: "utf8", methods: ["NewOrder"] })
    const ping = await raw(`${emu.url}/ping`)
    expect(ping.status).toBe(200)
    expect(ping.headers["content-type"]).toBe("text; charset=windows-1251")
    expect((await raw(`${emu.url}${ORDER}`)).status).toBe(500)
  })

  it("a rate fires when random() is below it", async () => {
    const rolls = [0.7, 0.2]
    const scripted = createEmulator({ random: () => rolls.shift() })
    await scripted.start()
    try {
      await scripted.setFaults({ error_5xx: 0.5 })
      expect((await raw(`${scripted.url}/ping`)).status).toBe(200)
      expect((await raw(`${scripted.url}/ping`)).status).toBe(500)
      expect(rolls).toEqual([])
    } finally {
      await scripted.stop()
    }
  })

  it("merges patches, rejects bad ones naming the field, and DELETE clears", async () => {
    await faults({ latency_ms: 5 })
    const merged = await faults({ malformed: 0.25 })
    expect(merged.faults).toMatchObject({ latency_ms: 5, malformed: 0.25 })
    for (const [bad, field] of [
      [{ error_5xx: 2 }, "error_5xx"],
      [{ charset: "koi8" }, "charset"],
      [{ methods: "neworder" }, "methods"],
      [{ unreachable: "yes" }, "unreachable"],
      [{ explode: 1 }, "explode"],
      [{ auto_advance_ms: -1 }, "auto_advance_ms"],
    ]) {
      const r = await control.post(`${emu.controlUrl}/faults`, bad)
      expect(r.status).toBe(400)
      expect(r.data.error).toContain(field)
    }
    expect(emu.faults).toMatchObject({
      latency_ms: 5,
      malformed: 0.25,
      error_5xx: 0,
    })
    const cleared = await control.delete(`${emu.controlUrl}/faults`)
    expect(cleared.data.faults).toMatchObject({
      latency_ms: 0,
      malformed: 0,
      charset: "evidence",
      strict_query: false,
    })
    expect(data(await raw(`${emu.url}/getallpoint`))).toHaveProperty("1")
  })
})

describe("lookup modes", () => {
  it("hide website orders from getorderbypoint and blind getorderdata", async () => {
    const sent = await raw(
      `${emu.url}${ORDER}&comment=${encodeURIComponent("#7")}`
    )
    expect(sent.status).toBe(200)
    const [order] = newOrders()
    const listed = async () =>
      Object.values(
        data(
          await raw(
            `${emu.url}/getorderbypoint?pointid=${order.point_id}&statusid=${order.status}`
          )
        )
      ).map((r) => r.ID)
    const read = async () =>
      data(await raw(`${emu.url}/getorderdata?OrderId=${order.id}`))["1"]
    expect(await listed()).toContain(order.id)
    expect(await read()).toMatchObject({ COMMENT: "#7" })

    await faults({ hide_website_orders: true, order_data_blind: true })
    expect(await listed()).not.toContain(order.id)
    const blind = await read()
    expect(blind).not.toHaveProperty("COMMENT")
    expect(blind).not.toHaveProperty("PHONE")
    expect(blind.ORDERSTATUS).toBe(order.status)

    const bad = await control.post(`${emu.controlUrl}/faults`, {
      order_data_blind: 1,
    })
    expect(bad.status).toBe(400)
    expect(bad.data.error).toContain("order_data_blind")
  })
})
