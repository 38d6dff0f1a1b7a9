import iconv from "iconv-lite"
import { decodeBody, encodeQuery, sentParams } from ".."
import { cp1251, queryValue } from "./support/servers"
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { LOGGED_NEWORDER_WARN_REPLY } = require("../../../../emulator/evidence")

const UKRAINIAN = "Іван Їжак, вул. Євгена Ґудзя, № 5 «Ялинка»"
const RUSSIAN = "Семён Иванов, ул. Ёлочная «Берёзка» №7"

describe("encodeQuery", () => {
  it("percent-encodes the CP1251 bytes, as in the vendor's example URL", () => {
    expect(encodeQuery({ client: "Иванов" }, "cp1251")).toBe(
      "client=%C8%E2%E0%ED%EE%E2"
    )
    expect(encodeQuery({ order: "3#5,13#3" })).toBe("order=3%235%2C13%233")
  })

  it.each([UKRAINIAN, RUSSIAN, "і ї є ґ ё № « »"])(
    "round-trips %s through CP1251",
    (text) => {
      const query = encodeQuery(
        { comment: text, phone: "380671234567" },
        "cp1251"
      )
      expect(query).toMatch(/^comment=[A-Za-z0-9%\-._~]+&phone=380671234567$/)
      expect(queryValue(query, "comment", "win1251")).toBe(text)
    }
  )

  it("round-trips through UTF-8 when asked", () => {
    const query = encodeQuery({ comment: UKRAINIAN }, "utf8")
    expect(query).toContain("%D0%86") // І in UTF-8
    expect(queryValue(query, "comment", "utf8")).toBe(UKRAINIAN)
  })

  it("encodes every reserved byte and spaces as %20, keeping unreserved ones", () => {
    expect(encodeQuery({ a: "x y+z&w=v/?#,;'\"" })).toBe(
      "a=x%20y%2Bz%26w%3Dv%2F%3F%23%2C%3B%27%22"
    )
    expect(encodeQuery({ a: "Az09-._~" })).toBe("a=Az09-._~")
  })

  it("keeps the order, writes numbers, skips undefined and keeps empty strings", () => {
    expect(
      encodeQuery({ type: 1, clientid: undefined, database: "", count: 2.5 })
    ).toBe("type=1&database=&count=2.5")
    expect(encodeQuery({})).toBe("")
  })

  it("writes ? for characters CP1251 lacks, and says so in the sent params", () => {
    const params = { comment: "Піца 🍕 €" }
    const query = encodeQuery(params, "cp1251")
    expect(queryValue(query, "comment", "win1251")).toBe("Піца ?? €")
    expect(sentParams(params, "cp1251")).toEqual({ comment: "Піца ?? €" })
    expect(sentParams(params, "utf8")).toEqual({ comment: "Піца 🍕 €" })
  })
})

describe("decodeBody", () => {
  const text = 'RESULT=OK\r\nDATA=[{"NAME":"Піца «Маргарита» №1, ёж"}]'
  const utf8 = Buffer.from(text, "utf8")
  const win = cp1251(text)

  it.each([
    ["text/plain; charset=windows-1251", win, "cp1251"],
    ["text; charset=cp1251", win, "cp1251"],
    ['text/plain; charset="windows-1251"', win, "cp1251"],
    ["text/plain; charset=utf-8", utf8, "utf8"],
    ["text/plain; charset=UTF8", utf8, "utf8"],
    ["text/plain", utf8, "utf8"],
    ["text/plain", win, "cp1251"],
    [undefined, win, "cp1251"],
    [undefined, utf8, "utf8"],
    ["text/plain; charset=utf-8", win, "cp1251"], // mislabeled: CP1251 bytes declared UTF-8
    ["text/plain; charset=koi8-r", win, "cp1251"], // a label never seen: the bytes decide
    ["text; charset=windows-1251", utf8, "utf8"], // what a real server sends: UTF-8 under a CP1251 label
  ])("Content-Type %s", (contentType, bytes, charset) => {
    expect(
      decodeBody(bytes as Buffer, contentType as string | undefined)
    ).toMatchObject({
      text,
      charset,
    })
  })

  it("decodes the only real reply on record: UTF-8 bytes under a windows-1251 prolog", () => {
    const decoded = decodeBody(LOGGED_NEWORDER_WARN_REPLY, "text/xml")
    expect(decoded).toMatchObject({
      charset: "utf8",
      declared: "cp1251",
      declaredLabel: "windows-1251",
      detected: "utf8",
    })
    expect(decoded.text).toContain(
      "<Warn> Не получены данные с генераторов по заказу</Warn>"
    )
    // Read by its label alone it would be mojibake.
    expect(
      decodeBody(LOGGED_NEWORDER_WARN_REPLY, "text/xml", "cp1251").text
    ).toContain("РќРµ РїРѕР»СѓС‡РµРЅС‹")
  })

  it("reads bytes that pass as UTF-8 as UTF-8 whatever the label; replyCharset cp1251 forces CP1251", () => {
    // "Рё" in CP1251 is D0 B8, which is also valid UTF-8 for "и".
    const bytes = cp1251("Рё")
    expect(decodeBody(bytes, "text; charset=windows-1251").text).toBe("и")
    expect(decodeBody(bytes, "text; charset=windows-1251", "cp1251").text).toBe(
      "Рё"
    )
    expect(decodeBody(utf8, "text; charset=utf-8", "cp1251").charset).toBe(
      "cp1251"
    )
    expect(
      decodeBody(win, "text; charset=windows-1251", "utf8").text
    ).toContain("\ufffd")
  })

  it("reports the label from the XML declaration when the header has none", () => {
    const xml =
      '<?xml version="1.0" encoding="windows-1251"?><output>Піца</output>'
    expect(decodeBody(cp1251(xml), "text/xml")).toEqual({
      text: xml,
      charset: "cp1251",
      declared: "cp1251",
      declaredLabel: "windows-1251",
      detected: "cp1251",
    })
  })

  it("tells ASCII and \\u-escaped ASCII apart", () => {
    const escaped = Buffer.from(
      'RESULT=OK\r\nDATA={"1":{"NAME":"\\u041f\\u0456\\u0446\\u0430"}}'
    )
    expect(decodeBody(escaped, "text; charset=windows-1251")).toMatchObject({
      detected: "escaped",
      declared: "cp1251",
    })
    expect(
      decodeBody(Buffer.from("RESULT=OK\r\nDATA={}"), "text")
    ).toMatchObject({
      detected: "ascii",
      declared: undefined,
    })
  })

  it("lets a UTF-8 byte order mark win and strips it", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])
    expect(decodeBody(bytes, "text/plain; charset=windows-1251")).toMatchObject(
      {
        text,
        charset: "utf8",
      }
    )
  })

  it("decodes every CP1251 letter of both alphabets", () => {
    const alphabet =
      "АБВГҐДЕЁЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя№«»"
    expect(decodeBody(iconv.encode(alphabet, "win1251")).text).toBe(alphabet)
  })
})
