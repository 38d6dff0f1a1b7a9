import {
  envelopeOf,
  parseEnvelope,
  parseTextEnvelope,
  parseXmlEnvelope,
  toRecord,
  toRows,
  UnreadableReplyError,
} from ".."

const WARN_TEXT = "Не получены данные с генераторов по заказу"

describe("parseTextEnvelope", () => {
  it("reads DATA keyed 1,2,… as rows in numeric key order", () => {
    const reply = parseTextEnvelope(
      'RESULT=OK\r\nDATA={"10":{"ID":10},"2":{"ID":2},"1":{"ID":1}}'
    )
    expect(reply).toMatchObject({ type: "text", ok: true, result: "OK" })
    expect(toRows(reply.data)).toEqual([{ ID: 1 }, { ID: 2 }, { ID: 10 }])
  })

  it("reads DATA as a list, with LF line ends and pretty-printed JSON", () => {
    const reply = parseTextEnvelope(
      'RESULT=OK\nDATA=[\n  {"ID": 1},\n  {"ID": 2}\n]\n'
    )
    expect(toRows(reply.data)).toEqual([{ ID: 1 }, { ID: 2 }])
  })

  it("decodes \\uXXXX escapes", () => {
    const reply = parseTextEnvelope(
      'RESULT=OK\r\nDATA={"1":{"NAME":"\\u041f\\u0456\\u0446\\u0430 \\u00ab\\u0406\\u0432\\u0430\\u043d\\u00bb \\u2116 1"}}'
    )
    expect(toRows(reply.data)).toEqual([{ NAME: "Піца «Іван» № 1" }])
  })

  it("reads a single record", () => {
    const reply = parseTextEnvelope(
      'RESULT=OK\r\nDATA={"ID":"77","ORDERSTATUS":"6"}'
    )
    expect(toRecord(reply.data)).toEqual({ ID: "77", ORDERSTATUS: "6" })
    expect(toRows(reply.data)).toEqual([{ ID: "77", ORDERSTATUS: "6" }])
  })

  it.each(["", '""', "{}", "[]", "null", "  "])(
    "reads DATA=%s as empty",
    (data) => {
      const reply = parseTextEnvelope(`RESULT=OK\r\nDATA=${data}`)
      expect(reply.data).toBeNull()
      expect(toRows(reply.data)).toEqual([])
      expect(toRecord(reply.data)).toBeNull()
    }
  )

  it("returns a refusal with the server's text", () => {
    expect(
      parseTextEnvelope('RESULT=ERROR\r\nDATA="Клієнта не знайдено"')
    ).toEqual({
      type: "text",
      ok: false,
      result: "ERROR",
      message: "Клієнта не знайдено",
      data: undefined,
    })
    expect(
      parseTextEnvelope("RESULT=ERROR\r\nНевідомий метод getall").message
    ).toBe("Невідомий метод getall")
    expect(parseTextEnvelope("RESULT=ERROR\r\nDATA={broken").message).toBe(
      "{broken"
    )
    expect(parseTextEnvelope("RESULT=FAIL").message).toBe("RESULT=FAIL")
  })

  it.each([
    ["truncated JSON", 'RESULT=OK\r\nDATA={"1":{"ID":1,"NAME":"Пі'],
    ["trailing garbage", "RESULT=OK\r\nDATA=[1]]]"],
    ["no DATA line", "RESULT=OK\r\n"],
    ["not the envelope", "<html><body>Bad gateway</body></html>"],
    ["garbage", "\u0000\u0001xx"],
    ["a bare word", "OK"],
  ])("throws UnreadableReplyError for %s", (_name, text) => {
    expect(() => parseTextEnvelope(text)).toThrow(UnreadableReplyError)
  })
})

const xml = (inner: string) =>
  `<?xml version="1.0" encoding="windows-1251"?>\r\n<output>${inner}</output>`

describe("parseXmlEnvelope", () => {
  it("reads an OrderId", () => {
    expect(
      parseXmlEnvelope(
        xml(
          "<Results><Result>OK</Result><OrderId>1001</OrderId></Results><Errors/>"
        )
      )
    ).toEqual({
      type: "xml",
      ok: true,
      result: "OK",
      orderId: "1001",
      errors: [],
      message: null,
    })
  })

  it("reads the real OK-with-Warn reply as a refusal, the text verbatim", () => {
    const reply = parseXmlEnvelope(
      xml(
        `<Results><Result>OK</Result></Results><Errors><Warn> ${WARN_TEXT}</Warn></Errors>`
      )
    )
    expect(reply).toMatchObject({
      ok: false,
      result: "OK",
      orderId: null,
      errors: [WARN_TEXT],
    })
    expect(reply.message).toBe(WARN_TEXT)
  })

  it("joins every child of Errors in order, whatever its name", () => {
    const reply = parseXmlEnvelope(
      xml(
        '<Results><Result>ERROR</Result></Results><Errors><Error>Невідома позиція 999</Error><Warn>Коментар задовгий</Warn><Fault code="5"/></Errors>'
      )
    )
    expect(reply.errors).toEqual([
      "Невідома позиція 999",
      "Коментар задовгий",
      "Fault",
    ])
    expect(reply.message).toBe("Невідома позиція 999; Коментар задовгий; Fault")
  })

  it("ignores the indentation of a pretty-printed reply", () => {
    const reply = parseXmlEnvelope(
      xml(
        `\r\n  <Results>\r\n    <Result>OK</Result>\r\n  </Results>\r\n  <Errors>\r\n    <Warn> ${WARN_TEXT}</Warn>\r\n  </Errors>\r\n`
      )
    )
    expect(reply).toMatchObject({ result: "OK", errors: [WARN_TEXT] })
  })

  it("refuses a Result that is not OK even without Errors", () => {
    const reply = parseXmlEnvelope(
      xml("<Results><Result>ERROR</Result></Results><Errors></Errors>")
    )
    expect(reply).toMatchObject({ ok: false, message: "Result ERROR" })
  })

  it("matches tag names without regard to case and decodes entities", () => {
    const reply = parseXmlEnvelope(
      "<output><results><result>ok</result><OrderID> 42 </OrderID></results><errors/></output>"
    )
    expect(reply).toMatchObject({ ok: true, orderId: "42" })
    expect(
      parseXmlEnvelope(xml("<Errors><Error>a &lt; b &amp; c</Error></Errors>"))
        .errors
    ).toEqual(["a < b & c"])
  })

  it.each([
    ["truncated", xml("<Results><Result>OK</Result><OrderId>10").slice(0, -9)],
    [
      "unclosed root",
      '<?xml version="1.0"?><output><Results><Result>OK</Result></Results>',
    ],
    ["another root", "<html><body>502</body></html>"],
    ["not XML", "RESULT=OK"],
    ["empty", ""],
  ])("throws UnreadableReplyError when %s", (_name, text) => {
    expect(() => parseXmlEnvelope(text)).toThrow(UnreadableReplyError)
  })
})

describe("choosing the envelope", () => {
  const text = "RESULT=OK\r\nDATA=[]"
  const body = xml(
    "<Results><Result>OK</Result><OrderId>1</OrderId></Results><Errors/>"
  )

  it("follows Content-Type like A1, sniffing when it is missing", () => {
    expect(envelopeOf("text/xml; charset=windows-1251", body)).toBe("xml")
    expect(envelopeOf("application/xml", body)).toBe("xml")
    expect(envelopeOf("text; charset=windows-1251", text)).toBe("text")
    expect(envelopeOf("text/plain; charset=windows-1251", text)).toBe("text")
    expect(envelopeOf(undefined, text)).toBe("text")
    expect(envelopeOf(undefined, body)).toBe("xml")
    expect(envelopeOf(undefined, "<output/>")).toBe("xml")
    expect(envelopeOf(undefined, "Hello")).toBeNull()
    expect(envelopeOf("text/plain", "Hello")).toBe("text")
  })

  it("trusts a body that plainly belongs to the other envelope", () => {
    expect(parseEnvelope("text/plain", body)).toMatchObject({
      type: "xml",
      orderId: "1",
    })
    expect(parseEnvelope("text/xml", text)).toMatchObject({
      type: "text",
      ok: true,
    })
  })

  it("throws UnreadableReplyError for a body that is neither", () => {
    expect(() =>
      parseEnvelope("application/octet-stream", "\u00ff\u00fe")
    ).toThrow(UnreadableReplyError)
  })
})

describe("toRecord", () => {
  it("unwraps a one-row list or keyed object and leaves several rows for the caller", () => {
    expect(toRecord([{ ID: 1 }])).toEqual({ ID: 1 })
    expect(toRecord({ "1": { ID: 1 } })).toEqual({ ID: 1 })
    expect(toRecord({ "1": { ID: 1 }, "2": { ID: 2 } })).toEqual([
      { ID: 1 },
      { ID: 2 },
    ])
    expect(toRecord(5)).toBe(5)
  })
})
