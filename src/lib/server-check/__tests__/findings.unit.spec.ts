import { checkClientLookup } from "../client"
import { readDialect } from "../dialect"
import { judgeLookup, type LookupObservation } from "../lookup"
import { checkMenu, suggestFields } from "../menu"
import { checkPoints } from "../points"
import { reachableFinding } from "../reachable"
import type { InspectedCall } from "../../archidelivery"

const FIELDS = {
  id: "ID",
  name: "NAME",
  price: "PRICE",
  weight: "WEIGHT",
  group: "MGNAME",
}

describe("reachableFinding", () => {
  it("is ok with the version and latency", () => {
    const f = reachableFinding({
      version: "1.5.8.0",
      latencyMs: 12,
      body: "ArchiDelivery 1.5.8.0",
    })
    expect(f).toMatchObject({ id: "reachable", level: "ok" })
    expect(f.title).toContain("1.5.8.0")
    expect(f.evidence).toMatchObject({ latency_ms: 12 })
  })

  it("is a problem naming url when nothing answers", () => {
    const f = reachableFinding({
      error: { kind: "unreachable", message: "connection refused" },
    })
    expect(f.level).toBe("problem")
    expect(f.detail).toMatch(/url/)
    expect(f.evidence).toMatchObject({ error: "connection refused" })
  })
})

const textCall = (
  detected: "utf8" | "cp1251" | "ascii" | "escaped",
  declaredLabel: string | undefined,
  data: unknown = { "1": { ID: 1 } },
  contentType = "text; charset=windows-1251"
): InspectedCall => ({
  exchange: {
    method: "getallmenu",
    params: {},
    query: "",
    status: 200,
    contentType,
    body: "RESULT=OK",
    durationMs: 1,
    at: "",
  },
  decoded: {
    charset: detected === "cp1251" ? "cp1251" : "utf8",
    declared:
      declaredLabel === "windows-1251"
        ? "cp1251"
        : declaredLabel === "utf-8"
          ? "utf8"
          : undefined,
    declaredLabel,
    detected,
  },
  reply: { type: "text", ok: true, result: "OK", message: null, data },
})

describe("readDialect", () => {
  it("names UTF-8 bytes under a windows-1251 label and keeps auto", () => {
    const call = textCall("utf8", "windows-1251")
    const { dialect, finding } = readDialect([call], call, "auto")
    expect(dialect).toEqual({
      text_content_type: "text; charset=windows-1251",
      xml_content_type: null,
      declared_charset: "windows-1251",
      detected_charset: "utf8",
      data_shape: "keyed",
    })
    expect(finding.level).toBe("ok")
    expect(finding.detail).toMatch(/Keep replyCharset auto/)
  })

  it("is a problem when replyCharset is forced against the bytes", () => {
    const call = textCall("utf8", "windows-1251")
    const { finding } = readDialect([call], call, "cp1251")
    expect(finding.level).toBe("problem")
    expect(finding.detail).toMatch(/Set replyCharset to auto/)
  })

  it("prefers real bytes over escapes and plain ASCII, and reads the list shape", () => {
    const menu = textCall("escaped", undefined, [{ ID: 1 }], "text")
    const points = textCall("cp1251", undefined, [{ ID: 5 }], "text")
    const { dialect, finding } = readDialect([menu, points], menu, "auto")
    expect(dialect.detected_charset).toBe("cp1251")
    expect(dialect.declared_charset).toBeNull()
    expect(dialect.data_shape).toBe("list")
    expect(finding.level).toBe("ok")
  })

  it("warns when methods answer in different charsets", () => {
    const a = textCall("utf8", "windows-1251")
    const b = textCall("cp1251", "windows-1251")
    expect(readDialect([a, b], a, "auto").finding.level).toBe("warning")
  })

  it("warns when there is no text reply at all", () => {
    const { dialect, finding } = readDialect([], undefined, "auto")
    expect(finding.level).toBe("warning")
    expect(dialect.detected_charset).toBeNull()
  })
})

describe("checkMenu", () => {
  const row = (i: number, extra: Record<string, unknown> = {}) => ({
    ID: 100 + i,
    NAME: `Піца ${i}`,
    MGNAME: "Піца",
    WEIGHT: 450,
    ...extra,
  })

  it("is ok when every row has id, name, price and weight", () => {
    const rows = [row(1, { PRICE: 185 }), row(2, { PRICE: "239,50" })]
    const { menu, finding } = checkMenu(rows, FIELDS, null)
    expect(menu).toEqual({
      rows: 2,
      fields: ["ID", "NAME", "MGNAME", "WEIGHT", "PRICE"],
      mapping_ok: true,
      suggested_mapping: null,
    })
    expect(finding.level).toBe("ok")
  })

  it("suggests SUMMA when rows have no PRICE", () => {
    const rows = [row(1, { SUMMA: 185 }), row(2, { SUMMA: 259 })]
    const { menu, finding } = checkMenu(rows, FIELDS, null)
    expect(menu.mapping_ok).toBe(false)
    expect(menu.suggested_mapping).toEqual({ ...FIELDS, price: "SUMMA" })
    expect(finding.level).toBe("problem")
    expect(finding.detail).toContain('price: "SUMMA"')
    expect(finding.detail).toContain(
      'menuFields.price "PRICE" is missing in 2 of 2 rows'
    )
  })

  it("takes the only fitting field left when none has a known name", () => {
    const rows = [
      { KOD: "a1", TITLE: "Суші", CENA_UAH: 99, VES: 200 },
      { KOD: "a2", TITLE: "Роли", CENA_UAH: 120, VES: 250 },
    ]
    expect(suggestFields(rows, FIELDS)).toEqual({
      id: "KOD",
      name: "TITLE",
      price: "CENA_UAH",
      weight: "VES",
    })
  })

  it("does not guess a price among several unnamed numbers", () => {
    const rows = [{ ID: 1, NAME: "Кола", A: 10, B: 20, WEIGHT: 500 }]
    const { menu, finding } = checkMenu(rows, FIELDS, null)
    expect(menu.suggested_mapping).toBeNull()
    expect(finding.detail).toMatch(/no field looks like price/)
  })

  it("only warns when weight alone is missing", () => {
    const rows = [{ ID: 1, NAME: "Кола", PRICE: 30 }]
    const { menu, finding } = checkMenu(rows, FIELDS, null)
    expect(menu.mapping_ok).toBe(false)
    expect(finding.level).toBe("warning")
  })

  it("is a problem when the menu could not be read, and a warning when it is empty", () => {
    expect(checkMenu([], FIELDS, "connection refused").finding.level).toBe(
      "problem"
    )
    expect(checkMenu([], FIELDS, null).finding.level).toBe("warning")
  })
})

describe("checkPoints", () => {
  const rows = [
    { ID: 5, NAME: "Піцерія на Подолі" },
    { ID: 10, NAME: "Кухня на Оболоні" },
  ]

  it("is ok when pointId is listed", () => {
    const { points, finding } = checkPoints(rows, "5", null)
    expect(points).toEqual([
      { id: "5", name: "Піцерія на Подолі" },
      { id: "10", name: "Кухня на Оболоні" },
    ])
    expect(finding.level).toBe("ok")
  })

  it("is a problem naming the real points when pointId does not exist", () => {
    const { finding } = checkPoints(rows, "77", null)
    expect(finding.level).toBe("problem")
    expect(finding.detail).toBe(
      "Set pointId to one of 5 (Піцерія на Подолі), 10 (Кухня на Оболоні)."
    )
  })

  it("warns without pointId and when getallpoint fails", () => {
    expect(checkPoints(rows, undefined, null).finding.level).toBe("warning")
    expect(checkPoints([], "5", "HTTP 500").finding.level).toBe("warning")
  })
})

describe("checkClientLookup", () => {
  it("is ok for a stored phone and warns for an unknown one", () => {
    const found = checkClientLookup(
      "380671112233",
      [{ ID: 1, PHONE: "x" }],
      null
    )
    expect(found.level).toBe("ok")
    expect(found.evidence).toMatchObject({
      clients: 1,
      fields: ["ID", "PHONE"],
    })
    const none = checkClientLookup("380000000000", [], null)
    expect(none.level).toBe("warning")
    expect(none.detail).toMatch(/phone.format/)
  })
})

describe("judgeLookup", () => {
  const listed = (ids: string[]) =>
    [12, 2, 3].map((status) => ({
      status,
      ids: status === 12 ? ids : [],
      failure: null,
    }))
  const base: LookupObservation = {
    pointId: "5",
    orders: [{ archidelivery_order_id: "1001", display_id: 42 }],
    listed: listed(["1001"]),
    data: {
      "1001": {
        row: { ID: 1001, COMMENT: "Без цибулі #42", PHONE: "380671112233" },
        failure: null,
      },
    },
  }

  it("is proven when the sent order is listed and carries marker and phone", () => {
    const { lookup, finding } = judgeLookup(base)
    expect(lookup.proven).toBe(true)
    expect(finding.level).toBe("ok")
  })

  it("is a problem pointing at pointId when the order is not listed", () => {
    const { lookup, finding } = judgeLookup({ ...base, listed: listed([]) })
    expect(lookup).toEqual({
      proven: false,
      reason:
        "order 1001 (#42) is not listed by getorderbypoint under point 5 in any known status",
    })
    expect(finding.level).toBe("problem")
    expect(finding.detail).toMatch(/^Set pointId/)
  })

  it("is a problem when COMMENT lacks the marker or PHONE is missing", () => {
    const wrong = (row: Record<string, unknown>) =>
      judgeLookup({ ...base, data: { "1001": { row, failure: null } } })
    expect(
      wrong({ ID: 1001, COMMENT: "#142", PHONE: "1" }).lookup.reason
    ).toMatch(/does not end with #42/)
    expect(wrong({ ID: 1001, PHONE: "1" }).lookup.reason).toMatch(/no COMMENT/)
    expect(wrong({ ID: 1001, COMMENT: "#42" }).lookup.reason).toMatch(
      /no PHONE/
    )
  })

  it("compares PHONE with the phone the order was sent with", () => {
    const sentWith = (phone: string) =>
      judgeLookup({
        ...base,
        orders: [{ archidelivery_order_id: "1001", display_id: 42, phone }],
      })
    // The same number written another way is the same phone.
    expect(sentWith("+380 67 111 2233").lookup.proven).toBe(true)
    expect(sentWith("0671112233").lookup.proven).toBe(true)
    const other = sentWith("380509998877")
    expect(other.lookup.proven).toBe(false)
    expect(other.lookup.reason).toMatch(/is not the phone it was sent with/)
    expect(other.finding.level).toBe("problem")
  })

  it("warns when there is no sent order yet, and is a problem without pointId", () => {
    const none = judgeLookup({ ...base, orders: [] })
    expect(none.finding.level).toBe("warning")
    expect(none.lookup.proven).toBe(false)
    const noPoint = judgeLookup({ ...base, pointId: undefined })
    expect(noPoint.finding.level).toBe("problem")
    expect(noPoint.finding.detail).toMatch(/Set pointId/)
  })

  it("warns, not blames, when the lookups themselves failed", () => {
    const { finding } = judgeLookup({
      ...base,
      listed: [{ status: 12, ids: [], failure: "connection refused" }],
    })
    expect(finding.level).toBe("warning")
  })
})
