import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"

jest.setTimeout(300_000)

const SECRET = "s3cr3t-proxy-token"
const PASSWORD = "pa55word-in-url"

// A proxy in front of ArchiDelivery may need a token header, or credentials
// in the URL; the settings page must show neither value.
const emulator = useEmulator({
  env: {
    ARCHIDELIVERY_HEADERS: JSON.stringify({ "X-Proxy-Token": SECRET }),
  },
})

beforeAll(() => {
  const url = new URL(emulator.url)
  url.username = "shop"
  url.password = PASSWORD
  process.env.ARCHIDELIVERY_URL = url.toString()
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>

    beforeEach(async () => {
      headers = (await createAdminHeaders(getContainer())).headers
    })

    describe("GET /admin/archidelivery/config", () => {
      it("refuses a request without an admin session", async () => {
        const res = await api
          .get("/admin/archidelivery/config")
          .catch((e: any) => e.response)
        expect(res.status).toBe(401)
        expect(JSON.stringify(res.data ?? "")).not.toContain(SECRET)
      })

      it("answers the parsed options with their defaults", async () => {
        const res = await api.get("/admin/archidelivery/config", { headers })
        expect(res.status).toBe(200)
        expect(Object.keys(res.data)).toEqual(["config"])
        const { config } = res.data
        expect(config).toMatchObject({
          encoding: "cp1251",
          replyCharset: "auto",
          currency: "uah",
          pointId: "5",
          orderItemFormat: "legacy",
          connectTimeoutMs: expect.any(Number),
          replyTimeoutMs: expect.any(Number),
          menuFields: {
            id: "ID",
            name: "NAME",
            price: "PRICE",
            weight: "WEIGHT",
            group: "MGNAME",
          },
          phone: { format: "digits", defaultCountry: "UA" },
          queue: expect.objectContaining({
            jobsEnabled: false,
            pushOnPlace: expect.any(Boolean),
            batchSize: expect.any(Number),
          }),
          orderTypes: { delivery: "3", pickup: "2" },
          status: { shipped: [6], delivered: [7, 9], final: [7, 9] },
        })
        // Cyrillic option values come through intact.
        expect(config.cityName).toBe("Київ")
      })

      it("names the extra headers but never shows their values", async () => {
        const res = await api.get("/admin/archidelivery/config", { headers })
        expect(res.data.config.headers).toEqual(["X-Proxy-Token"])
        expect(JSON.stringify(res.data)).not.toContain(SECRET)
      })

      it("drops credentials written into the server address", async () => {
        const res = await api.get("/admin/archidelivery/config", { headers })
        const shown = new URL(res.data.config.url)
        const real = new URL(emulator.url)
        expect(shown.host).toBe(real.host)
        expect(shown.username).toBe("")
        expect(shown.password).toBe("")
        expect(JSON.stringify(res.data)).not.toContain(PASSWORD)
      })
    })
  },
})
