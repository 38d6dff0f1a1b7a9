import { ArchiDeliveryClient } from "../../archidelivery"
import { READ_ONLY_METHODS, runServerCheck, type ServerCheckInput } from ".."

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { createEmulator } = require("../../../../emulator")

const emulator = createEmulator({ port: 0, controlPort: 0, host: "127.0.0.1" })
beforeAll(() => emulator.start())
afterAll(() => emulator.stop())
beforeEach(() => emulator.reset())

const FIELDS = {
  id: "ID",
  name: "NAME",
  price: "PRICE",
  weight: "WEIGHT",
  group: "MGNAME",
}

const input = (over: Partial<ServerCheckInput> = {}): ServerCheckInput => ({
  menuFields: FIELDS,
  pointId: "5",
  replyCharset: "auto",
  sentOrders: [],
  ...over,
})

const client = () => new ArchiDeliveryClient({ baseUrl: emulator.url })
const calledMethods = () =>
  emulator.requests.map((r: { method: string }) => r.method)

/** What each charset mode of the emulator sends, as the report must name it. */
const MODES: [string, string, string | null, string][] = [
  ["evidence", "text; charset=windows-1251", "windows-1251", "utf8"],
  ["cp1251", "text; charset=windows-1251", "windows-1251", "cp1251"],
  ["escaped", "text; charset=windows-1251", "windows-1251", "escaped"],
  ["utf8", "text; charset=utf-8", "utf-8", "utf8"],
  ["undeclared", "text", null, "cp1251"],
  ["mislabeled", "text; charset=utf-8", "utf-8", "cp1251"],
]

describe.each(MODES)(
  "the check against the emulator in charset mode %s",
  (mode, contentType, declared, detected) => {
    beforeEach(() => emulator.setFaults({ charset: mode }))

    it("names the dialect it sees and finds nothing wrong", async () => {
      const report = await runServerCheck(client(), input())
      expect(report.dialect).toEqual({
        text_content_type: contentType,
        xml_content_type: null,
        declared_charset: declared,
        detected_charset: detected,
        data_shape: "keyed",
      })
      const levels = Object.fromEntries(
        report.findings.map((f) => [f.id, f.level])
      )
      expect(levels).toEqual({
        reachable: "ok",
        dialect: "ok",
        menu: "ok",
        points: "ok",
        lookup: "warning",
      })
      expect(report.points[0]).toEqual({ id: "5", name: "Піцерія на Подолі" })
    })
  }
)

it("calls read-only methods only, and proves the lookup with a sent order", async () => {
  // The test itself places the order the plugin would have sent.
  const { orderId } = await client().newOrder({
    itemFormat: "legacy",
    type: 0,
    client: "Ганна",
    phone: "380671112233",
    comment: "Без цибулі #1042",
    items: [{ menuId: "101", quant: 1 }],
  })
  emulator.requests.length = 0
  const report = await runServerCheck(
    client(),
    input({
      phone: "380671112233",
      sentOrders: [{ archidelivery_order_id: orderId, display_id: 1042 }],
    })
  )
  expect(report.lookup.proven).toBe(true)
  expect(report.findings.map((f) => f.id)).toContain("client")
  const methods = calledMethods()
  expect(methods).toContain("getorderbypoint")
  expect(methods).toContain("getorderdata")
  expect(methods).toContain("getclientbyphone")
  expect(
    methods.every((m: string) =>
      (READ_ONLY_METHODS as readonly string[]).includes(m)
    )
  ).toBe(true)
})

it("suggests the field the menu really uses for price", async () => {
  emulator.setMenu(
    emulator.state.menu.map(({ PRICE, ...row }: Record<string, unknown>) => ({
      ...row,
      SUMMA: PRICE,
    }))
  )
  const report = await runServerCheck(client(), input())
  expect(report.menu.mapping_ok).toBe(false)
  expect(report.menu.fields).toContain("SUMMA")
  expect(report.menu.suggested_mapping).toEqual({ ...FIELDS, price: "SUMMA" })
})

it("reports a server that does not answer and asks nothing else", async () => {
  await emulator.setFaults({ unreachable: true })
  const report = await runServerCheck(client(), input())
  expect(report.findings[0]).toMatchObject({
    id: "reachable",
    level: "problem",
  })
  expect(report.lookup.proven).toBe(false)
  expect(report.dialect.detected_charset).toBeNull()
})

it("reports a menu reply cut mid-JSON as unreadable, with the raw reply as evidence", async () => {
  await emulator.setFaults({ malformed: 1, methods: ["getallmenu"] })
  const report = await runServerCheck(client(), input())
  expect(report.dialect.data_shape).toBe("unreadable")
  const menu = report.findings.find((f) => f.id === "menu")!
  expect(menu.level).toBe("problem")
  expect(menu.detail).toMatch(/unreadable reply/)
  expect(menu.evidence.call).toMatchObject({
    method: "getallmenu",
    http_status: 200,
    content_type: "text; charset=windows-1251",
    reply: expect.stringMatching(/^RESULT=OK\r?\nDATA=\{/),
  })
  expect(report.findings.find((f) => f.id === "dialect")!.level).toBe("problem")
  // The points still answer, so the rest of the report stands.
  expect(report.points.map((p) => p.id)).toEqual(["5", "10"])
})

it("inspect keeps a refusal as the server's reply, with how its bytes were read", async () => {
  const call = await client().inspect("getclientbyphone", { phone: "" })
  expect(call.error).toBeUndefined()
  expect(call.reply).toMatchObject({ type: "text", ok: false, result: "ERROR" })
  expect(call.decoded).toMatchObject({
    declaredLabel: "windows-1251",
    detected: "utf8",
  })
  expect(call.exchange).toMatchObject({
    method: "getclientbyphone",
    status: 200,
  })
})
