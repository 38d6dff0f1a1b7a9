import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ArchiDeliveryClient } from "../../src/lib/archidelivery"
import { ARCHIDELIVERY_MODULE } from "../../src/modules/archidelivery"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"

jest.setTimeout(300_000)

const emulator = useEmulator()

const CHECK = "/admin/archidelivery/server-check"

/** Methods that write to the kitchen: the check must never call them. */
const WRITES = ["neworder", "newclient"]

/** Each charset mode of the emulator and what the report must name. */
const MODES: [string, string, string | null, string][] = [
  ["evidence", "text; charset=windows-1251", "windows-1251", "utf8"],
  ["cp1251", "text; charset=windows-1251", "windows-1251", "cp1251"],
  ["escaped", "text; charset=windows-1251", "windows-1251", "escaped"],
  ["utf8", "text; charset=utf-8", "utf-8", "utf8"],
  ["undeclared", "text", null, "cp1251"],
  ["mislabeled", "text; charset=utf-8", "utf-8", "cp1251"],
]

const levels = (check: { findings: { id: string; level: string }[] }) =>
  Object.fromEntries(check.findings.map((f) => [f.id, f.level]))

const methodsCalled = () =>
  emulator.requests.map((r: { method: string }) => r.method)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>

    beforeEach(async () => {
      headers = (await createAdminHeaders(getContainer())).headers
    })

    const check = async (body?: object) => {
      const res = await api.post(CHECK, body ?? {}, { headers })
      expect(res.status).toBe(200)
      expect(Object.keys(res.data)).toEqual(["server_check"])
      return res.data.server_check
    }

    it("refuses a request without an admin session", async () => {
      const res = await api.post(CHECK, {}).catch((e: any) => e.response)
      expect(res.status).toBe(401)
    })

    it("refuses a body with unknown fields or an empty phone", async () => {
      for (const body of [{ pointId: "5" }, { phone: "" }]) {
        const res = await api
          .post(CHECK, body, { headers })
          .catch((e: any) => e.response)
        expect(res.status).toBe(400)
      }
    })

    it("answers the contract's shape", async () => {
      const sc = await check()
      expect(Object.keys(sc).sort()).toEqual(
        ["checked_at", "dialect", "findings", "lookup", "menu", "points"].sort()
      )
      expect(Object.keys(sc.dialect).sort()).toEqual(
        [
          "data_shape",
          "declared_charset",
          "detected_charset",
          "text_content_type",
          "xml_content_type",
        ].sort()
      )
      expect(Object.keys(sc.menu).sort()).toEqual(
        ["fields", "mapping_ok", "rows", "suggested_mapping"].sort()
      )
      expect(Object.keys(sc.lookup).sort()).toEqual(["proven", "reason"])
      for (const f of sc.findings) {
        expect(Object.keys(f).sort()).toEqual(
          ["detail", "evidence", "id", "level", "title"].sort()
        )
        expect(["ok", "warning", "problem"]).toContain(f.level)
      }
      expect(Date.parse(sc.checked_at)).not.toBeNaN()
    })

    it.each(MODES)(
      "names the reply mode it sees: %s",
      async (mode, contentType, declared, detected) => {
        await emulator.setFaults({ charset: mode })
        const sc = await check()
        expect(sc.dialect).toEqual({
          text_content_type: contentType,
          xml_content_type: null,
          declared_charset: declared,
          detected_charset: detected,
          data_shape: "keyed",
        })
        expect(levels(sc)).toMatchObject({
          reachable: "ok",
          dialect: "ok",
          menu: "ok",
          points: "ok",
        })
        expect(sc.points).toContainEqual({ id: "5", name: "Піцерія на Подолі" })
        expect(
          methodsCalled().filter((m: string) => WRITES.includes(m))
        ).toEqual([])
      }
    )

    it("suggests the field that really holds the price", async () => {
      emulator.setMenu(
        emulator.state.menu.map(
          ({ PRICE, ...row }: Record<string, unknown>) => ({
            ...row,
            SUMMA: PRICE,
          })
        )
      )
      const sc = await check()
      expect(sc.menu.mapping_ok).toBe(false)
      expect(sc.menu.fields).toContain("SUMMA")
      expect(sc.menu.fields).not.toContain("PRICE")
      expect(sc.menu.suggested_mapping).toEqual({
        id: "ID",
        name: "NAME",
        price: "SUMMA",
        weight: "WEIGHT",
        group: "MGNAME",
        active: "ACTIVE",
      })
      const menu = sc.findings.find((f: { id: string }) => f.id === "menu")
      expect(menu.level).toBe("problem")
      expect(menu.detail).toContain('price: "SUMMA"')
    })

    it("is a problem when the configured point does not exist", async () => {
      emulator.state.points = emulator.state.points.filter(
        (p: { ID: number }) => p.ID !== 5
      )
      const sc = await check()
      const points = sc.findings.find((f: { id: string }) => f.id === "points")
      expect(points.level).toBe("problem")
      expect(points.detail).toBe("Set pointId to one of 10 (Кухня на Оболоні).")
      expect(sc.points).toEqual([{ id: "10", name: "Кухня на Оболоні" }])
    })

    it("proves the lookup with an order the plugin sent, reading only", async () => {
      const first = await check()
      expect(first.lookup.proven).toBe(false)
      expect(levels(first).lookup).toBe("warning")

      // An order as the plugin sends it, and its queue row.
      const { orderId } = await new ArchiDeliveryClient({
        baseUrl: emulator.url,
      }).newOrder({
        itemFormat: "legacy",
        type: 0,
        client: "Ганна Коваль",
        phone: "380671112233",
        comment: "Без цибулі #1042",
        items: [{ menuId: "101", quant: 1 }],
      })
      const service = getContainer().resolve(ARCHIDELIVERY_MODULE)
      const sync = await service.createOrderSyncs({
        order_id: "order_server_check_1",
        display_id: 1042,
        status: "sent",
        archidelivery_order_id: orderId,
        sent_at: new Date(),
      })
      // The attempt log keeps the phone the order went out with.
      await service.createOrderAttempts({
        order_sync_id: sync.id,
        outcome: "sent",
        request: { method: "neworder", params: { phone: "380671112233" } },
      })
      emulator.requests.length = 0

      const sc = await check({ phone: "380671112233" })
      expect(sc.lookup.proven).toBe(true)
      const lookup = sc.findings.find((f: { id: string }) => f.id === "lookup")
      expect(lookup.evidence.orders).toEqual([
        expect.objectContaining({
          order: orderId,
          display_id: "1042",
          listed_in: [12],
          phone: "380671112233",
          sent_phone: "380671112233",
          problem: null,
        }),
      ])
      expect(levels(sc)).toMatchObject({ lookup: "ok", client: "ok" })
      const called = methodsCalled()
      expect(called).toEqual(
        expect.arrayContaining([
          "ping",
          "getallmenu",
          "getallpoint",
          "getclientbyphone",
          "getorderbypoint",
          "getorderdata",
        ])
      )
      expect(called.filter((m: string) => WRITES.includes(m))).toEqual([])
    })

    it("is a problem when the sent order is not listed under the point", async () => {
      await getContainer().resolve(ARCHIDELIVERY_MODULE).createOrderSyncs({
        order_id: "order_server_check_2",
        display_id: 77,
        status: "sent",
        archidelivery_order_id: "999999",
        sent_at: new Date(),
      })
      const sc = await check()
      expect(sc.lookup.proven).toBe(false)
      expect(sc.lookup.reason).toMatch(/999999.*not listed/)
      expect(levels(sc).lookup).toBe("problem")
    })
  },
})
