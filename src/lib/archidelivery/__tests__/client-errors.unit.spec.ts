import net from "node:net"
import {
  ArchiDeliveryClient,
  ArchiDeliveryError,
  type ArchiErrorKind,
} from ".."
import {
  cp1251,
  freePort,
  reply,
  startBlackhole,
  startServer,
  textReply,
  TEXT_1251,
  XML_1251,
  type TestServer,
} from "./support/servers"

const SECRET = "s3cr3t-proxy-token-value"
const headers = { "X-Proxy-Token": SECRET, Authorization: `Basic ${SECRET}` }

let server: TestServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function failure(p: Promise<unknown>): Promise<ArchiDeliveryError> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(ArchiDeliveryError)
    return e as ArchiDeliveryError
  }
  throw new Error("expected the call to fail")
}

/** No secret and no address in anything an admin or a log could see. */
function expectClean(e: ArchiDeliveryError, address: string) {
  const seen = [
    e.message,
    String(e.stack),
    JSON.stringify(e),
    JSON.stringify(e.exchange ?? {}),
  ].join("\n")
  expect(seen).not.toContain(SECRET)
  expect(seen).not.toContain(address)
  expect(seen).not.toMatch(/x-proxy-token|authorization/i)
}

const client = (url: string, extra: object = {}) =>
  new ArchiDeliveryClient({
    baseUrl: url,
    headers,
    connectTimeoutMs: 500,
    replyTimeoutMs: 500,
    ...extra,
  })

async function expectKind(
  handler: Parameters<typeof startServer>[0],
  kind: ArchiErrorKind,
  message: RegExp | string,
  call: (c: ArchiDeliveryClient) => Promise<unknown> = (c) => c.getAllMenu()
) {
  server = await startServer(handler)
  const e = await failure(call(client(server.url)))
  expect(e.kind).toBe(kind)
  expect(e.message).toMatch(message)
  expectClean(e, `127.0.0.1:${server.port}`)
  expect(e.exchange).toBeDefined()
  return e
}

describe("unreachable: the request never reached the server", () => {
  it("a port nobody listens on", async () => {
    const port = await freePort()
    const e = await failure(
      client(`http://127.0.0.1:${port}`).newOrder({
        itemFormat: "legacy",
        type: 0,
        client: "Тарас",
        phone: "380671234567",
        items: [{ menuId: "1", quant: 1 }],
      })
    )
    expect(e).toMatchObject({
      kind: "unreachable",
      method: "neworder",
      message: "connection refused",
    })
    expect(e.exchange).toMatchObject({
      method: "neworder",
      params: { client: "Тарас", order: "1#1" },
    })
    expect(e.exchange!.status).toBeUndefined()
    expect(e.exchange!.body).toBeUndefined()
    expectClean(e, `127.0.0.1:${port}`)
  })

  it("a listener whose handshake never completes hits the connect timeout", async () => {
    const hole = await startBlackhole()
    try {
      const e = await failure(
        client(`http://127.0.0.1:${hole.port}`, {
          connectTimeoutMs: 300,
        }).ping()
      )
      expect(e).toMatchObject({
        kind: "unreachable",
        message: "no connection within 300 ms",
      })
      expectClean(e, `127.0.0.1:${hole.port}`)
    } finally {
      hole.close()
    }
  })

  it("an https address whose TLS handshake fails before anything is sent", async () => {
    // A plain-text listener: TCP connects, TLS never does.
    const sockets = new Set<net.Socket>()
    const plain = net.createServer((socket) => {
      sockets.add(socket)
      socket.on("error", () => undefined)
      socket.end("HTTP/1.1 400 Bad Request\r\n\r\n")
    })
    await new Promise<void>((resolve) => plain.listen(0, "127.0.0.1", resolve))
    const { port } = plain.address() as net.AddressInfo
    try {
      const e = await failure(client(`https://127.0.0.1:${port}`).ping())
      expect(e.kind).toBe("unreachable")
      expect(e.message).toMatch(/^TLS handshake failed/)
      expectClean(e, `127.0.0.1:${port}`)
    } finally {
      sockets.forEach((s) => s.destroy())
      await new Promise((resolve) => plain.close(resolve))
    }
  })

  it("a host name that does not resolve", async () => {
    const e = await failure(
      client("http://archidelivery-nowhere.invalid:5858").ping()
    )
    expect(e.kind).toBe("unreachable")
    expect(e.message).toMatch(/host|DNS|lookup/)
    expectClean(e, "archidelivery-nowhere.invalid")
  })
})

describe("unknown_outcome: sent, but no usable reply", () => {
  it("a server that accepts and then says nothing", async () => {
    await expectKind(
      () => undefined,
      "unknown_outcome",
      "no complete reply within 500 ms"
    )
  })

  it("a server that sends half a reply and stalls", async () => {
    const e = await expectKind(
      (_req, res) => {
        res.writeHead(200, {
          "Content-Type": TEXT_1251,
          "Content-Length": 1000,
        })
        res.write(cp1251('RESULT=OK\r\nDATA={"1":'))
      },
      "unknown_outcome",
      "no complete reply within 500 ms"
    )
    expect(e.exchange!.status).toBeUndefined()
  })

  it("a server that destroys the socket after reading the request", async () => {
    await expectKind(
      (req) => req.socket.destroy(),
      "unknown_outcome",
      "the connection was closed before a complete reply",
      (c) => c.newClient({ phone: "380671234567" })
    )
  })

  it("HTTP 500", async () => {
    const e = await expectKind(
      reply("Internal error", "text/plain", 500),
      "unknown_outcome",
      "HTTP 500 from the server"
    )
    expect(e.exchange).toMatchObject({ status: 500, body: "Internal error" })
  })

  it("an empty body", async () => {
    await expectKind(reply("", TEXT_1251), "unknown_outcome", "empty reply")
  })

  it("truncated JSON, keeping the body for the admin", async () => {
    const e = await expectKind(
      reply(cp1251('RESULT=OK\r\nDATA={"1":{"ID":1,"NAME":"Піца'), TEXT_1251),
      "unknown_outcome",
      "unreadable reply: DATA is not complete JSON"
    )
    expect(e.exchange!.body).toBe('RESULT=OK\r\nDATA={"1":{"ID":1,"NAME":"Піца')
  })

  it("broken XML from neworder", async () => {
    await expectKind(
      reply("<output><Results><Result>OK</Result><OrderId>10", XML_1251),
      "unknown_outcome",
      /^unreadable reply/,
      (c) =>
        c.newOrder({
          itemFormat: "json",
          type: 1,
          clientId: "1",
          phone: "1",
          items: [{ menuId: "1", quant: 1 }],
        })
    )
  })

  it("garbage with no Content-Type", async () => {
    await expectKind(
      reply(Buffer.from([0xff, 0x00, 0x13, 0x37]), null),
      "unknown_outcome",
      /^unreadable reply/
    )
  })
})

describe("rejected: the server answered no", () => {
  it("RESULT=ERROR, with the server's text verbatim", async () => {
    await expectKind(
      reply(
        cp1251('RESULT=ERROR\r\nDATA="Невідомий метод або невірні параметри"'),
        TEXT_1251
      ),
      "rejected",
      /^Невідомий метод або невірні параметри$/
    )
  })

  it("HTTP 404 from a proxy", async () => {
    await expectKind(
      reply("no such route", "text/plain", 404),
      "rejected",
      "HTTP 404: no such route"
    )
  })
})

describe("unreachable: a proxy in front of ArchiDelivery refused the request", () => {
  it.each([401, 403, 407, 429])(
    "HTTP %i waits instead of failing",
    async (status) => {
      await expectKind(
        reply("denied", "text/plain", status),
        "unreachable",
        `HTTP ${status} from the proxy in front of ArchiDelivery`
      )
    }
  )
})

describe("invalid_reply: a readable envelope whose data breaks the schema", () => {
  it("names the row that is not an object", async () => {
    const e = await expectKind(
      textReply('[{"ID":1},{"ID":2},{"ID":3},"oops"]'),
      "invalid_reply",
      "getallmenu: DATA[3] expected an object"
    )
    expect(e.field).toBe("DATA[3]")
  })

  it("names a missing ID, by the protocol's own key in a keyed object", async () => {
    const e = await expectKind(
      textReply('{"1":{"ID":5},"2":{"NAME":"Без id"}}'),
      "invalid_reply",
      'getclientbyphone: DATA["2"].ID is missing',
      (c) => c.getClientByPhone("1")
    )
    expect(e.field).toBe('DATA["2"].ID')
  })

  it("names a bad field of a single record", async () => {
    const e = await expectKind(
      textReply('{"ID":"1001","ORDERSTATUS":""}'),
      "invalid_reply",
      "getorderdata: DATA.ORDERSTATUS expected a non-empty string or number",
      (c) => c.getOrderData("1001")
    )
    expect(e.field).toBe("DATA.ORDERSTATUS")
  })

  it("refuses DATA that is not a list where a list is due", async () => {
    await expectKind(
      textReply('"just text"'),
      "invalid_reply",
      "getallmenu: DATA expected a list of rows"
    )
  })

  it("refuses several rows where one record is due", async () => {
    await expectKind(
      textReply('[{"ORDERSTATUS":2},{"ORDERSTATUS":4}]'),
      "invalid_reply",
      "getorderdata: DATA expected one record, got 2 rows",
      (c) => c.getOrderData("1")
    )
  })
})

describe("headers", () => {
  it("reach the server but never the exchange", async () => {
    server = await startServer(textReply("[]"))
    const c = client(server.url)
    await c.getAllPoint()
    expect(server.requests[0].headers["x-proxy-token"]).toBe(SECRET)
    expect(server.requests[0].headers.authorization).toBe(`Basic ${SECRET}`)
    const { exchange } = await c.call("getallpoint")
    expect(JSON.stringify(exchange)).not.toContain(SECRET)
    expect(JSON.stringify(exchange)).not.toContain(server.url)
    expect(JSON.stringify(c)).not.toContain(SECRET)
    expect(require("node:util").inspect(c)).not.toContain(SECRET)
  })
})
