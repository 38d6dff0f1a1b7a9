import type http from "node:http"
import { ArchiDeliveryClient } from ".."
import { reply, startServer, type TestServer } from "./support/servers"

// What the server answers next: the test switches it between calls.
let answer: (req: http.IncomingMessage, res: http.ServerResponse) => void
let server: TestServer
let client: ArchiDeliveryClient

beforeEach(async () => {
  server = await startServer((req, res) => answer(req, res))
  client = new ArchiDeliveryClient({
    baseUrl: server.url,
    replyTimeoutMs: 500,
  })
})
afterEach(() => server.close())

const PING = reply("ArchiDelivery server 1.5.8.0", "text/plain")
const settled = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    () => "failed"
  )

describe("answeredWithin: whether ArchiDelivery answered this client lately", () => {
  it("is false before any call", () => {
    expect(client.answeredWithin(60_000)).toBe(false)
  })

  it("holds for a ping that answered, for as long as asked", async () => {
    answer = PING
    await client.ping()
    expect(client.answeredWithin(60_000)).toBe(true)
    await new Promise((r) => setTimeout(r, 30))
    expect(client.answeredWithin(10)).toBe(false)
  })

  it("holds for a refusal in a readable reply: the server was there", async () => {
    answer = reply("RESULT=ERROR\r\nDATA=no such client", "text/plain")
    expect(await settled(client.getClientData("7"))).toBe("failed")
    expect(client.answeredWithin(60_000)).toBe(true)
  })

  it.each([
    ["a 5xx", reply("oops", "text/plain", 500)],
    ["an empty reply", reply("", "text/plain")],
    ["a page that is not ArchiDelivery", reply("<h1>nginx</h1>", "text/html")],
    ["no reply in time", () => undefined],
  ])("is cleared by %s after an answer", async (_, failing) => {
    answer = PING
    await client.ping()
    expect(client.answeredWithin(60_000)).toBe(true)
    answer = failing
    expect(await settled(client.ping())).toBe("failed")
    expect(client.answeredWithin(60_000)).toBe(false)
  })

  it("is cleared when the server cannot be reached", async () => {
    answer = PING
    await client.ping()
    await server.close()
    expect(await settled(client.ping())).toBe("failed")
    expect(client.answeredWithin(60_000)).toBe(false)
    server = await startServer(PING)
  })
})
