import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { ARCHIDELIVERY_MODULE } from "../index"
import type ArchiDeliveryModuleService from "../service"
import { MIGRATIONS, MODULE_OPTIONS, RESOLVE, runDatabase } from "./helpers"

jest.setTimeout(120_000)

moduleIntegrationTestRunner<ArchiDeliveryModuleService>({
  moduleName: ARCHIDELIVERY_MODULE,
  resolve: RESOLVE,
  pathToMigrations: MIGRATIONS,
  dbName: runDatabase("models"),
  moduleOptions: MODULE_OPTIONS,
  testSuite: ({ service, MikroOrmWrapper }) => {
    it("has migrations that build exactly the models' schema", async () => {
      const orm = MikroOrmWrapper.getOrm()
      const applied = await orm.getMigrator().getExecutedMigrations()

      expect(applied.length).toBeGreaterThan(0)
      expect(await orm.schema.getUpdateSchemaSQL({ wrap: false })).toBe("")
    })

    const product = (archidelivery_id: string, product_id: string | null) => ({
      archidelivery_id,
      product_id,
      imported_name: "Борщ",
      imported_price: 185,
      imported_at: new Date(),
    })

    describe("product links", () => {
      it("stores an imported row with its defaults", async () => {
        const [link] = await service.createProductLinks([
          { ...product("101", "prod_1"), imported_weight: 350 },
        ])

        expect(link.id).toMatch(/^adprod_/)
        expect(link).toMatchObject({
          archidelivery_id: "101",
          product_id: "prod_1",
          imported_name: "Борщ",
          imported_weight: 350,
          approved: false,
          missing: false,
          approved_at: null,
        })
        const [read] = await service.listProductLinks({ id: link.id })
        expect(Number(read.imported_price)).toBe(185)
      })

      it("allows one link per ArchiDelivery id", async () => {
        await service.createProductLinks([product("101", "prod_1")])

        await expect(
          service.createProductLinks([product("101", "prod_2")])
        ).rejects.toThrow(/archidelivery_id: 101, already exists/)
      })

      it("lets the sizes of a dish share a product, one link per size", async () => {
        await service.createProductLinks([
          product("101", "prod_1"),
          { ...product("102", "prod_1"), group_key: "g", size_label: "40 см" },
          product("103", null),
        ])

        const shared = await service.listProductLinks({ product_id: "prod_1" })
        expect(shared.map((l) => l.archidelivery_id).sort()).toEqual([
          "101",
          "102",
        ])
        expect(shared.find((l) => l.archidelivery_id === "102")).toMatchObject({
          group_key: "g",
          size_label: "40 см",
          variant_id: null,
        })
        expect(
          await service.listProductLinks({ product_id: null })
        ).toHaveLength(1)
      })

      it("lists an import's link states as plain rows, by id, size group or product", async () => {
        const [borshch, large] = await service.createProductLinks([
          { ...product("101", "prod_1"), imported_weight: 350 },
          { ...product("102", "prod_2"), group_key: "g", size_label: "40 см" },
          { ...product("103", "prod_2"), group_key: "g" },
        ])
        await service.softDeleteProductLinks(
          (await service.listProductLinks({ archidelivery_id: "103" }))[0].id
        )

        const byId = await service.listProductLinkStates({
          archidelivery_id: ["101", "999"],
        })
        expect(byId).toEqual([
          {
            id: borshch.id,
            archidelivery_id: "101",
            product_id: "prod_1",
            variant_id: null,
            approved: false,
            imported_name: "Борщ",
            imported_price: expect.anything(),
            imported_weight: 350,
            imported_group: null,
            missing: false,
            group_key: null,
            size_label: null,
          },
        ])
        expect(Number(byId[0].imported_price)).toBe(185)
        // The soft-deleted size is left out, as every list leaves it out.
        for (const filter of [
          { group_key: ["g"] },
          { product_id: ["prod_2"] },
        ]) {
          expect(
            (await service.listProductLinkStates(filter)).map((l) => l.id)
          ).toEqual([large.id])
        }
        expect(
          await service.listProductLinkStates({ archidelivery_id: [] })
        ).toEqual([])
        await expect(
          service.listProductLinkStates({
            archidelivery_id: ["101"],
            product_id: ["prod_1"],
          })
        ).rejects.toThrow(/exactly one of/)
        await expect(
          service.listProductLinkStates({
            "id) OR (1=1": ["101"],
          } as unknown as { product_id: string[] })
        ).rejects.toThrow(/exactly one of/)
      })
    })

    describe("order syncs", () => {
      it("allows one sync row per order", async () => {
        await service.createOrderSyncs([{ order_id: "order_1" }])

        await expect(
          service.createOrderSyncs([{ order_id: "order_1" }])
        ).rejects.toThrow(/order_id: order_1, already exists/)
      })

      it("lets rows share an ArchiDelivery order id: the back office hands ids out again", async () => {
        await service.createOrderSyncs([
          { order_id: "order_1", archidelivery_order_id: "5001" },
          { order_id: "order_2" },
        ])
        await service.createOrderSyncs([
          { order_id: "order_4", archidelivery_order_id: "5001" },
        ])
        const holders = await service.listOrderSyncs({
          archidelivery_order_id: "5001",
        })
        expect(holders.map((r) => r.order_id).sort()).toEqual([
          "order_1",
          "order_4",
        ])
      })

      it("rejects a status outside the queue's states", async () => {
        await expect(
          service.createOrderSyncs([
            { order_id: "order_1", status: "lost" as "queued" },
          ])
        ).rejects.toThrow()
        expect(await service.listOrderSyncs({})).toEqual([])
      })

      it("deletes the attempts log with its order", async () => {
        const [sync] = await service.createOrderSyncs([{ order_id: "order_1" }])
        await service.createOrderAttempts([
          { order_sync_id: sync.id, outcome: "unreachable" },
        ])

        await service.deleteOrderSyncs([sync.id])

        expect(await service.listOrderAttempts({})).toEqual([])
      })
    })

    describe("client links", () => {
      it("allows one link per customer", async () => {
        const [link] = await service.createClientLinks([
          { customer_id: "cus_1", phone: "+380671234567" },
        ])
        expect(link).toMatchObject({ status: "pending", ambiguous: false })
        expect(link.id).toMatch(/^adcli_/)

        await expect(
          service.createClientLinks([{ customer_id: "cus_1" }])
        ).rejects.toThrow(/customer_id: cus_1, already exists/)
      })
    })

    describe("product imports", () => {
      it("starts running with empty progress", async () => {
        const [run] = await service.createProductImports([
          { started_at: new Date(), started_by: "user_1" },
        ])

        expect(run.id).toMatch(/^adimp_/)
        expect(run).toMatchObject({
          status: "running",
          progress_done: 0,
          progress_total: 0,
          totals: null,
          items: null,
        })
      })

      it("adds each finished chunk's rows to the progress, whatever their order", async () => {
        const [run] = await service.createProductImports([
          { started_at: new Date(), progress_done: 3 },
        ])

        await Promise.all(
          [250, 250, 100].map((rows) =>
            service.advanceProductImport(run.id, rows)
          )
        )
        expect(
          (await service.retrieveProductImport(run.id)).progress_done
        ).toBe(603)
      })
    })
  },
})
