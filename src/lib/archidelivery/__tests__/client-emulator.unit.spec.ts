import { ArchiDeliveryClient, ArchiDeliveryError } from ".."

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { createEmulator } = require("../../../../emulator")
// eslint-disable-next-line @typescript-eslint/no-var-requires
const gaps = require("../../../../emulator/gaps")

const emulator = createEmulator({ port: 0, controlPort: 0, host: "127.0.0.1" })
beforeAll(() => emulator.start())
afterAll(() => emulator.stop())
beforeEach(() => emulator.reset())

const client = (encoding: "cp1251" | "utf8" = "cp1251") =>
  new ArchiDeliveryClient({ baseUrl: emulator.url, encoding })

const activeNames = () =>
  emulator.state.menu
    .filter((r: { ACTIVE?: number }) => r.ACTIVE !== 0)
    .map((r: { NAME: string }) => r.NAME)

const ORDER = {
  itemFormat: "legacy" as const,
  type: 1 as const,
  clientId: "2101",
  phone: "380671112233",
  comment: "Без цибулі, під'їзд №2 «зліва» #1042",
  items: [{ menuId: "101", quant: 1 }],
}

describe.each(Object.keys(gaps.CHARSET_MODES))(
  "the client against the emulator in charset mode %s",
  (mode) => {
    beforeEach(() => emulator.setFaults({ charset: mode }))

    it("reads every menu name and point name intact", async () => {
      const menu = await client().getAllMenu()
      expect(menu.map((r) => r.NAME)).toEqual(activeNames())
      expect(menu.map((r) => r.NAME).join(" ")).toMatch(/[іїєґ№«»']/)
      const points = await client().getAllPoint()
      expect(points[0].NAME).toBe("Піцерія на Подолі")
    })

    it("reads ArchiDelivery's Warn as written", async () => {
      await emulator.setFaults({ warn_no_order_id: 1 })
      const e = await client()
        .newOrder(ORDER)
        .catch((err: unknown) => err)
      expect(e).toBeInstanceOf(ArchiDeliveryError)
      expect((e as ArchiDeliveryError).kind).toBe("rejected")
      expect((e as ArchiDeliveryError).message).toBe(
        gaps.WARN_NO_ORDER_ID.trim()
      )
    })

    it("sends an order whose text arrives intact and reads its id", async () => {
      const { orderId } = await client().newOrder(ORDER)
      expect(orderId).toBe(String(gaps.FIRST_ORDER_ID))
      const sent = emulator.state.orders.find(
        (o: { id: number }) => String(o.id) === orderId
      )
      expect(sent.params.comment).toBe(ORDER.comment)
    })
  }
)

describe("query encoding against a server that reads CP1251 only", () => {
  beforeEach(() => emulator.setFaults({ strict_query: true }))

  it("the cp1251 option arrives intact; utf8 shows up as mojibake", async () => {
    await client("cp1251").newOrder(ORDER)
    await client("utf8").newOrder(ORDER)
    const [good, bad] = emulator.state.orders.slice(-2)
    expect(good.params.comment).toBe(ORDER.comment)
    expect(bad.params.comment).not.toBe(ORDER.comment)
    expect(bad.params.comment).toContain("Р")
  })
})
