import iconv from "iconv-lite"
import { ArchiDeliveryClient } from ".."
import { reply, startServer, type TestServer } from "./support/servers"

// Names as real Ukrainian menus write them: quotes inside, a Latin "i", ampersands.
const NAMES = [
  'Набір "Пiд футбол". 4 м"яса',
  "Еко&Піца",
  "Їжак з ґрунту № 5 «Єва»",
  "Сир'ї та <гриби>",
]
const WARN = "Не получены данные — «№ 5» ґ і ї є"

type Bytes = "utf8" | "cp1251" | "escaped"
type Label = "windows-1251" | "utf-8" | null

const escapeJson = (json: string) =>
  json.replace(
    /[^\x00-\x7f]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  )
const escapeXml = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
const xmlRefs = (s: string) =>
  s.replace(/[^\x00-\x7f]/gu, (ch) => `&#${ch.codePointAt(0)};`)

function encode(body: string, bytes: Bytes): Buffer {
  return bytes === "cp1251"
    ? iconv.encode(body, "win1251")
    : Buffer.from(body, "utf8")
}

function textBody(bytes: Bytes): string {
  const rows = Object.fromEntries(
    NAMES.map((NAME, i) => [String(i + 1), { ID: i + 1, NAME }])
  )
  const json = JSON.stringify(rows)
  return `RESULT=OK\r\nDATA=${bytes === "escaped" ? escapeJson(json) : json}`
}

function xmlBody(bytes: Bytes, label: Label): string {
  const prolog = label
    ? `<?xml version="1.0" encoding="${label}"?>`
    : `<?xml version="1.0"?>`
  const xml = [
    prolog,
    "<output>",
    "  <Results>",
    "    <Result>OK</Result>",
    "    <OrderId>1001</OrderId>",
    "  </Results>",
    "  <Errors>",
    `    <Warn>${escapeXml(WARN)}</Warn>`,
    ...NAMES.map((n) => `    <Warn>${escapeXml(n)}</Warn>`),
    "  </Errors>",
    "</output>",
    "",
  ].join("\r\n")
  return bytes === "escaped" ? xmlRefs(xml) : xml
}

const cells: [Label, Bytes][] = []
for (const label of ["windows-1251", "utf-8", null] as Label[]) {
  for (const bytes of ["utf8", "cp1251", "escaped"] as Bytes[]) {
    cells.push([label, bytes])
  }
}

let server: TestServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function clientFor(body: Buffer, contentType: string) {
  server = await startServer(reply(body, contentType))
  return new ArchiDeliveryClient({ baseUrl: server.url })
}

const typeOf = (base: string, label: Label) =>
  label ? `${base}; charset=${label}` : base

describe("every reply charset yields the same Unicode text", () => {
  it.each(cells)(
    "text envelope labelled %s with %s bytes",
    async (label, bytes) => {
      const client = await clientFor(
        encode(textBody(bytes), bytes),
        typeOf("text", label)
      )
      const rows = await client.getAllMenu()
      expect(rows.map((r) => r.NAME)).toEqual(NAMES)
    }
  )

  it.each(cells)(
    "XML envelope labelled %s with %s bytes",
    async (label, bytes) => {
      const client = await clientFor(
        encode(xmlBody(bytes, label), bytes),
        typeOf("text/xml", label)
      )
      const result = await client.newOrder({
        itemFormat: "legacy",
        type: 1,
        clientId: "2101",
        phone: "380671112233",
        items: [{ menuId: "101", quant: 1 }],
      })
      expect(result.orderId).toBe("1001")
      expect(result.warnings).toEqual([WARN, ...NAMES.map((n) => n.trim())])
    }
  )
})
