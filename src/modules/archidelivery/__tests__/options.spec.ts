import { createMedusaContainer } from "@medusajs/framework/utils"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import archiDeliveryModule, { ARCHIDELIVERY_MODULE } from "../index"
import validateOptionsLoader from "../loaders/validate-options"
import type ArchiDeliveryModuleService from "../service"
import { MIGRATIONS, RESOLVE, runDatabase } from "./helpers"

jest.setTimeout(120_000)

const load = (options: Record<string, unknown>) =>
  validateOptionsLoader({ container: createMedusaContainer(), options })

moduleIntegrationTestRunner<ArchiDeliveryModuleService>({
  moduleName: ARCHIDELIVERY_MODULE,
  resolve: RESOLVE,
  pathToMigrations: MIGRATIONS,
  dbName: runDatabase("options"),
  moduleOptions: {
    url: "http://127.0.0.1:5858",
    headers: { "X-Proxy-Key": "s3cret-value" },
    queue: { leaseSeconds: 45 },
  },
  testSuite: ({ service }) => {
    it("gives the validated options, defaults filled in", () => {
      const options = service.getOptions()

      expect(options).toMatchObject({
        url: "http://127.0.0.1:5858",
        encoding: "cp1251",
        headers: { "X-Proxy-Key": "s3cret-value" },
        queue: { leaseSeconds: 45, batchSize: 25 },
      })
      // Medusa's own connection settings are not plugin options.
      expect(options).not.toHaveProperty("database")
    })

    it("describes the options without header values", () => {
      const described = service.describeOptions()

      expect(described.headers).toEqual(["X-Proxy-Key"])
      expect(JSON.stringify(described)).not.toContain("s3cret-value")
      expect(described.url).toBe("http://127.0.0.1:5858")
    })

    it("uses the configured lease for client links by default", async () => {
      await service.createClientLinks([{ customer_id: "cus_1" }])
      const [link] = await service.claimDueClientLinks({ limit: 1, owner: "w" })

      const leaseMs = link.lease_until!.getTime() - link.updated_at.getTime()
      expect(leaseMs).toBe(45_000)
    })
  },
})

describe("options loader", () => {
  it("rejects missing options, naming url", async () => {
    await expect(load({})).rejects.toThrow(/url: required/)
  })

  it("rejects a url that is not http(s), naming url", async () => {
    await expect(load({ url: "192.168.1.20:5858" })).rejects.toThrow(
      /url: an http\(s\) URL/
    )
    await expect(load({ url: "ftp://192.168.1.20" })).rejects.toThrow(
      /url: an http\(s\) URL/
    )
  })

  it("accepts valid options next to Medusa's database settings", async () => {
    await expect(
      load({ url: "http://192.168.1.20:5858", database: { clientUrl: "x" } })
    ).resolves.toBeUndefined()
  })

  it("runs when the module starts", () => {
    // Booting with bad options through Medusa would prove the same, but
    // Medusa then leaves an internal promise rejected that nobody awaits,
    // which fails any jest test around it.
    expect(archiDeliveryModule.loaders).toContain(validateOptionsLoader)
  })
})
