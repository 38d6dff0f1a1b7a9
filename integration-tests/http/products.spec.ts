import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  deleteProductCategoriesWorkflow,
  deleteProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ARCHIDELIVERY_MODULE } from "../../src/modules/archidelivery"
import type ArchiDeliveryModuleService from "../../src/modules/archidelivery/service"
import { startProductImport } from "../../src/workflows/menu/run-product-import"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"
import {
  IMPORTS,
  importedProducts,
  importMenu,
  menuRow,
  priceOf,
  PRODUCTS,
  waitForImport,
} from "../utils/products"

jest.setTimeout(300_000)

// One product per row, as imports did before sizes were grouped.
const emulator = useEmulator({ env: { ARCHIDELIVERY_SIZE_GROUPING: "off" } })

// Rows getallmenu returns from the emulator's seed (inactive rows are hidden).
const activeMenu = () => emulator.state.menu.filter((r: any) => r.ACTIVE !== 0)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let service: ArchiDeliveryModuleService
    let opts: { headers: Record<string, string> }
    let userId: string

    beforeEach(async () => {
      container = getContainer()
      service = container.resolve(ARCHIDELIVERY_MODULE)
      const admin = await createAdminHeaders(container)
      opts = { headers: admin.headers }
      userId = admin.user.id
    })

    const approve = (ids: string[]) =>
      api.post(`${PRODUCTS}/approve`, { product_ids: ids }, opts)

    const linkOf = async (archideliveryId: string) =>
      (await service.listProductLinks({ archidelivery_id: archideliveryId }))[0]

    const categoriesNamed = async (name: string) =>
      (
        await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "product_category",
          fields: ["id"],
          filters: { name },
        })
      ).data

    /** Deletes a menu group's category and the products of some dishes, as an admin would. */
    const deleteCategoryAndProducts = async (group: string, ids: string[]) => {
      await deleteProductCategoriesWorkflow(container).run({
        input: (await categoriesNamed(group)).map((c: any) => c.id),
      })
      await deleteProductsWorkflow(container).run({ input: { ids } })
    }

    describe("POST /product-imports", () => {
      it("creates hidden draft products with the partial data, a category and a link", async () => {
        const started = await api.post(IMPORTS, {}, opts)
        expect(started.status).toBe(202)
        expect(started.data).toEqual({
          product_import: {
            id: expect.stringMatching(/^adimp_/),
            status: "running",
          },
        })
        const run = await waitForImport(
          api,
          started.data.product_import.id,
          opts
        )
        const total = activeMenu().length
        expect(run).toMatchObject({
          status: "completed",
          progress: { done: total, total },
          totals: {
            fetched: total,
            created: total,
            updated: 0,
            unchanged: 0,
            skipped_unapproved: 0,
            invalid: 0,
            missing: 0,
          },
          items: [],
          error: null,
          started_by: userId,
        })
        expect(run.finished_at).toBeTruthy()

        const products = await importedProducts(container)
        expect(products.size).toBe(total)
        const margherita = products.get("101")
        expect(margherita).toMatchObject({
          title: "Маргарита 30 см",
          status: "draft",
          external_id: "archidelivery:101",
          handle: "archidelivery-101",
          weight: 450,
          categories: [expect.objectContaining({ name: "Піца" })],
          shipping_profile: { id: expect.any(String) },
        })
        expect(margherita.variants).toHaveLength(1)
        expect(margherita.variants[0]).toMatchObject({
          weight: 450,
          manage_inventory: false,
        })
        // Major units: 185 is 185.00 UAH, never 18500.
        expect(priceOf(margherita)).toBe(185)
        expect(priceOf(products.get("105"))).toBe(239.5)

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: stores } = await query.graph({
          entity: "store",
          fields: ["default_sales_channel_id"],
        })
        expect(margherita.sales_channels.map((s: any) => s.id)).toEqual([
          stores[0].default_sales_channel_id,
        ])

        const link = await linkOf("101")
        expect(link).toMatchObject({
          product_id: margherita.id,
          variant_id: margherita.variants[0].id,
          approved: false,
          imported_name: "Маргарита 30 см",
          imported_weight: 450,
          imported_group: "Піца",
          missing: false,
        })
        expect(Number(link.imported_price)).toBe(185)
        expect(link.imported_at).toBeTruthy()

        const { data: categories } = await query.graph({
          entity: "product_category",
          fields: ["name", "handle"],
        })
        expect(categories.map((c: any) => c.name).sort()).toEqual(
          ["Десерти", "Напої", "Піца", "Роли", "Суші"].sort()
        )
      })

      it("keeps Cyrillic names intact end to end", async () => {
        await importMenu(api, opts)
        const products = await importedProducts(container)
        for (const row of activeMenu()) {
          expect(products.get(String(row.ID))?.title).toBe(row.NAME)
        }
        expect(products.get("110").title).toBe("Піца «Ґазда» 30 см")
        expect(products.get("208").title).toBe("Суші-сет №2 «Сім'я»")
        const { data } = await api.get(
          `${PRODUCTS}?q=${encodeURIComponent("ґазда")}`,
          opts
        )
        expect(data.products.map((p: any) => p.name)).toEqual([
          "Піца «Ґазда» 30 см",
        ])
      })

      it("updates an approved product's price after a price change", async () => {
        await importMenu(api, opts)
        const before = await importedProducts(container)
        await approve([before.get("101").id])
        emulator.patchMenu(101, { PRICE: 199 })
        const run = await importMenu(api, opts)
        expect(run.totals).toMatchObject({
          updated: 1,
          unchanged: 0,
          skipped_unapproved: activeMenu().length - 1,
        })
        const after = await importedProducts(container)
        expect(priceOf(after.get("101"))).toBe(199)
        expect(after.get("101").title).toBe("Маргарита 30 см")
        expect(after.get("101").status).toBe("draft")
        expect(Number((await linkOf("101")).imported_price)).toBe(199)
      })

      it("changes only the plain price in the shop currency, keeping the product's other prices", async () => {
        await importMenu(api, opts)
        const product = (await importedProducts(container)).get("104")
        const variantId = product.variants[0].id
        const [uah] = product.variants[0].prices
        await updateProductVariantsWorkflow(container).run({
          input: {
            product_variants: [
              {
                id: variantId,
                prices: [
                  { id: uah.id, currency_code: "uah", amount: 299 },
                  { currency_code: "eur", amount: 7 },
                  {
                    currency_code: "uah",
                    amount: 280,
                    rules: { region_id: "reg_kyiv" },
                  },
                ],
              },
            ],
          },
        })
        await approve([product.id])
        emulator.patchMenu(104, { PRICE: 315 })
        const run = await importMenu(api, opts)
        expect(run.totals.updated).toBe(1)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "product_variant",
          fields: [
            "prices.id",
            "prices.amount",
            "prices.currency_code",
            "prices.price_rules.attribute",
            "prices.price_rules.value",
          ],
          filters: { id: variantId },
        })
        const prices = data[0].prices
          .map((p: any) => [
            p.currency_code,
            p.amount,
            p.price_rules.map((r: any) => `${r.attribute}=${r.value}`),
          ])
          .sort((a: any, b: any) => a[1] - b[1])
        expect(prices).toEqual([
          ["eur", 7, []],
          ["uah", 280, ["region_id=reg_kyiv"]],
          ["uah", 315, []],
        ])
        expect(data[0].prices.find((p: any) => p.amount === 315).id).toBe(
          uah.id
        )
      })

      it("updates an approved product's title after a rename", async () => {
        await importMenu(api, opts)
        const before = await importedProducts(container)
        await approve([before.get("102").id])
        const rename = await fetch(`${emulator.controlUrl}/menu/102`, {
          method: "PATCH",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ NAME: "Маргарита «Велика» 40 см" }),
        })
        expect(rename.status).toBe(200)
        const run = await importMenu(api, opts)
        expect(run.totals.updated).toBe(1)
        const after = await importedProducts(container)
        expect(after.get("102").title).toBe("Маргарита «Велика» 40 см")
        expect(priceOf(after.get("102"))).toBe(259)
        expect((await linkOf("102")).imported_name).toBe(
          "Маргарита «Велика» 40 см"
        )
      })

      it("leaves an unapproved product untouched and reports what it skipped", async () => {
        await importMenu(api, opts)
        const before = (await importedProducts(container)).get("103")
        emulator.patchMenu(103, { PRICE: 250, NAME: "Пепероні нова" })
        const run = await importMenu(api, opts)
        expect(run.totals).toMatchObject({
          created: 0,
          updated: 0,
          unchanged: 0,
          skipped_unapproved: activeMenu().length,
        })
        expect(run.items).toEqual([
          {
            archidelivery_id: "103",
            name: "Пепероні нова",
            action: "skipped_unapproved",
            product_id: before.id,
            message:
              'not approved, not updated: name "Пепероні 30 см" → "Пепероні нова", price 219 → 250',
            code: "unapproved_changes",
            params: {
              name_from: "Пепероні 30 см",
              name_to: "Пепероні нова",
              price_from: 219,
              price_to: 250,
            },
          },
        ])
        const after = (await importedProducts(container)).get("103")
        expect(after.title).toBe("Пепероні 30 см")
        expect(priceOf(after)).toBe(219)
        expect(after.updated_at).toEqual(before.updated_at)
        // The link still shows what ArchiDelivery says now.
        expect((await linkOf("103")).imported_name).toBe("Пепероні нова")
      })

      it("reports each kind of invalid row with its reason and imports the rest", async () => {
        emulator.setMenu([
          menuRow(1, "Борщ", 120),
          menuRow("", "Без id", 10),
          menuRow(3, "   ", 10),
          { ID: 4, NAME: "Без ціни", MGNAME: "Тест" },
          menuRow(5, "Ціна словом", "сто"),
          menuRow(6, "Від'ємна", -1),
        ])
        const run = await importMenu(api, opts)
        expect(run.status).toBe("completed")
        expect(run.totals).toMatchObject({ fetched: 6, created: 1, invalid: 5 })
        expect(run.items).toEqual([
          {
            archidelivery_id: null,
            name: "Без id",
            action: "invalid",
            product_id: null,
            message: "ID is missing",
            code: "id_missing",
            params: { field: "ID" },
          },
          {
            archidelivery_id: "3",
            name: null,
            action: "invalid",
            product_id: null,
            message: "NAME is empty",
            code: "name_empty",
            params: { field: "NAME" },
          },
          {
            archidelivery_id: "4",
            name: "Без ціни",
            action: "invalid",
            product_id: null,
            message: "PRICE is missing",
            code: "price_missing",
            params: { field: "PRICE" },
          },
          {
            archidelivery_id: "5",
            name: "Ціна словом",
            action: "invalid",
            product_id: null,
            message: 'PRICE is not a number: "сто"',
            code: "price_invalid",
            params: { field: "PRICE", value: '"сто"' },
          },
          {
            archidelivery_id: "6",
            name: "Від'ємна",
            action: "invalid",
            product_id: null,
            message: "PRICE is negative: -1",
            code: "price_negative",
            params: { field: "PRICE", value: -1 },
          },
        ])
        const products = await importedProducts(container)
        expect([...products.keys()]).toEqual(["1"])
        expect(await service.listProductLinks({})).toHaveLength(1)
      })

      it("reports every copy of a duplicated id and writes none of them", async () => {
        emulator.setMenu([
          menuRow(7, "Вареники", 95),
          menuRow(8, "Деруни", 85),
          menuRow(7, "Вареники з вишнею", 110),
        ])
        const run = await importMenu(api, opts)
        expect(run.totals).toMatchObject({ fetched: 3, created: 1, invalid: 2 })
        expect(
          run.items.map((i: any) => [i.archidelivery_id, i.name, i.message])
        ).toEqual([
          ["7", "Вареники", "duplicate ID 7 (rows 1, 3)"],
          ["7", "Вареники з вишнею", "duplicate ID 7 (rows 1, 3)"],
        ])
        expect([...(await importedProducts(container)).keys()]).toEqual(["8"])
      })

      it("reports an item gone from the menu and flags its link, never deleting it", async () => {
        await importMenu(api, opts)
        const product = (await importedProducts(container)).get("201")
        emulator.setMenu(emulator.state.menu.filter((r: any) => r.ID !== 201))
        const run = await importMenu(api, opts)
        expect(run.totals.missing).toBe(1)
        expect(run.items).toEqual([
          expect.objectContaining({
            archidelivery_id: "201",
            name: "Нігірі з лососем",
            action: "missing",
            product_id: product.id,
            message: expect.stringMatching(
              /^not in the menu since \d{4}-\d{2}-\d{2}$/
            ),
            code: "missing_since",
            params: { since: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
          }),
        ])
        const link = await linkOf("201")
        expect(link.missing).toBe(true)
        expect(link.missing_since).toBeTruthy()
        const still = (await importedProducts(container)).get("201")
        expect(still).toMatchObject({ id: product.id, status: "draft" })

        const listed = await api.get(`${PRODUCTS}?missing=true`, opts)
        expect(
          listed.data.products.map((p: any) => p.archidelivery_id)
        ).toEqual(["201"])

        await emulator.reset()
        const back = await importMenu(api, opts)
        expect(back.totals.missing).toBe(0)
        expect(await linkOf("201")).toMatchObject({
          missing: false,
          missing_since: null,
        })
      })

      it("fails with a clear message when ArchiDelivery is unreachable, writing nothing", async () => {
        await emulator.setFaults({ unreachable: true })
        const run = await importMenu(api, opts)
        expect(run.status).toBe("failed")
        expect(run.error).toMatch(/^ArchiDelivery is unreachable: /)
        expect(run.finished_at).toBeTruthy()
        expect((await importedProducts(container)).size).toBe(0)
        expect(await service.listProductLinks({})).toHaveLength(0)
      })

      it("fails on a malformed reply, writing nothing", async () => {
        await emulator.setFaults({ malformed: 1 })
        const run = await importMenu(api, opts)
        expect(run.status).toBe("failed")
        expect(run.error).toMatch(
          /^ArchiDelivery gave no usable reply: unreadable reply/
        )
        expect((await importedProducts(container)).size).toBe(0)
      })

      it("fails on a reply that breaks the menu schema, naming the field", async () => {
        const put = await fetch(`${emulator.controlUrl}/menu`, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify([
            { ID: 1, NAME: "Борщ", COST: 120 },
            { ID: 2, NAME: "Вареники", COST: 95 },
          ]),
        })
        expect(put.status).toBe(200)
        const run = await importMenu(api, opts)
        expect(run.status).toBe("failed")
        expect(run.error).toContain("PRICE")
        expect(run.error).toMatch(/menu schema/)
        expect((await importedProducts(container)).size).toBe(0)
      })

      it("refuses a second import while one runs (409)", async () => {
        await emulator.setFaults({ latency_ms: 1500 })
        const first = await api.post(IMPORTS, {}, opts)
        expect(first.status).toBe(202)
        const second = await api
          .post(IMPORTS, {}, opts)
          .catch((e) => e.response)
        expect(second.status).toBe(409)
        expect(second.data).toEqual({
          type: "conflict",
          message:
            "A menu import is already running; wait for it to finish before starting another.",
          product_import: {
            id: first.data.product_import.id,
            status: "running",
          },
        })
        const run = await waitForImport(api, first.data.product_import.id, opts)
        expect(run.status).toBe("completed")
        const { data } = await api.get(IMPORTS, opts)
        expect(data.count).toBe(1)
      })

      it("closes a running import whose lock is gone as interrupted and starts anew", async () => {
        const stale = await service.createProductImports({
          status: "running",
          started_at: new Date(Date.now() - 60_000),
        })
        const run = await importMenu(api, opts)
        expect(run.status).toBe("completed")
        const { data } = await api.get(`${IMPORTS}/${stale.id}`, opts)
        expect(data.product_import).toMatchObject({
          status: "failed",
          error: expect.stringMatching(/^interrupted/),
        })
        expect(data.product_import.finished_at).toBeTruthy()
      })

      it("resumes an interrupted import: products found by external_id are adopted, not duplicated", async () => {
        // What a run killed between creating products and their links leaves behind.
        await createProductsWorkflow(container).run({
          input: {
            products: [
              {
                title: "Маргарита 30 см",
                handle: "archidelivery-101",
                status: "draft",
                external_id: "archidelivery:101",
                options: [
                  { title: "Default option", values: ["Default option value"] },
                ],
                variants: [
                  {
                    title: "Default variant",
                    options: { "Default option": "Default option value" },
                    prices: [{ currency_code: "uah", amount: 185 }],
                  },
                ],
              },
            ],
          },
        })
        const run = await importMenu(api, opts)
        expect(run.totals.created).toBe(activeMenu().length)
        expect(run.items).toEqual([
          expect.objectContaining({
            archidelivery_id: "101",
            action: "adopted",
            code: "adopted",
          }),
        ])
        const products = await importedProducts(container)
        expect(products.size).toBe(activeMenu().length)
        expect((await linkOf("101")).product_id).toBe(products.get("101").id)
        const again = await importMenu(api, opts)
        expect(again.totals).toMatchObject({
          created: 0,
          skipped_unapproved: activeMenu().length,
        })
        expect(again.items).toEqual([])
      })

      it("changes nothing when the menu did not change", async () => {
        await importMenu(api, opts)
        const before = await importedProducts(container)
        await approve([...before.values()].map((p) => p.id))
        const run = await importMenu(api, opts)
        expect(run.totals).toEqual({
          fetched: activeMenu().length,
          created: 0,
          updated: 0,
          unchanged: activeMenu().length,
          skipped_unapproved: 0,
          invalid: 0,
          missing: 0,
        })
        expect(run.items).toEqual([])
        const after = await importedProducts(container)
        expect(after.size).toBe(before.size)
        for (const [id, product] of before) {
          const now = after.get(id)
          expect(now.updated_at).toEqual(product.updated_at)
          expect(now.variants[0].updated_at).toEqual(
            product.variants[0].updated_at
          )
          expect(now.variants[0].prices).toEqual(product.variants[0].prices)
        }
      })

      it("imports a menu of 1,000 items", async () => {
        const groups = ["Піца", "Суші", "Роли", "Напої"]
        emulator.setMenu(
          Array.from({ length: 1000 }, (_, i) =>
            menuRow(10_000 + i, `Страва №${i + 1}`, 50 + (i % 300) + 0.5, {
              MGNAME: groups[i % groups.length],
            })
          )
        )
        const run = await importMenu(api, opts)
        expect(run).toMatchObject({
          status: "completed",
          progress: { done: 1000, total: 1000 },
          totals: { fetched: 1000, created: 1000, invalid: 0 },
        })
        const products = await importedProducts(container)
        expect(products.size).toBe(1000)
        expect(products.get("10999").title).toBe("Страва №1000")
        expect(priceOf(products.get("10999"))).toBe(50 + (999 % 300) + 0.5)
        const [, count] = await service.listAndCountProductLinks({})
        expect(count).toBe(1000)
        // Chunks run side by side: each group still gets one category.
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: categories } = await query.graph({
          entity: "product_category",
          fields: ["name"],
        })
        expect(categories.map((c: any) => c.name).sort()).toEqual(
          [...groups].sort()
        )
        for (const [id, product] of products) {
          expect(product.categories.map((c: any) => c.name)).toEqual([
            groups[(Number(id) - 10_000) % groups.length],
          ])
        }
      })

      it("makes a deleted dish again, in its group's category, made again when it is gone too", async () => {
        await importMenu(api, opts)
        const before = await importedProducts(container)
        const gone = before.get("101")
        await deleteCategoryAndProducts("Піца", [gone.id])

        const run = await importMenu(api, opts)
        expect(run.status).toBe("completed")
        expect(run.items).toEqual([
          expect.objectContaining({
            archidelivery_id: "101",
            action: "recreated",
            code: "recreated",
          }),
        ])
        const again = (await importedProducts(container)).get("101")
        expect(again.id).not.toBe(gone.id)
        expect(again.categories).toEqual([
          expect.objectContaining({ name: "Піца" }),
        ])
        expect((await linkOf("101")).product_id).toBe(again.id)
      })

      it("makes deleted dishes of one group again in one category when their chunks run side by side", async () => {
        await importMenu(api, opts)
        const before = await importedProducts(container)
        await deleteCategoryAndProducts(
          "Піца",
          ["101", "102"].map((id) => before.get(id).id)
        )

        // One row per chunk: the two dishes are in the first two chunks, which start together.
        const { product_import, finished } = await startProductImport(
          container,
          { chunk_size: 1 }
        )
        await finished
        const run = await service.retrieveProductImport(product_import.id)
        expect(run.error).toBeNull()
        expect(run.status).toBe("completed")
        const after = await importedProducts(container)
        const categories = ["101", "102"].map((id) =>
          after.get(id).categories.map((c: any) => c.id)
        )
        expect(categories[0]).toHaveLength(1)
        expect(categories[1]).toEqual(categories[0])
        expect(await categoriesNamed("Піца")).toHaveLength(1)
      })

      it("answers 400 naming the field for a start body with options it does not know", async () => {
        const res = await api
          .post(IMPORTS, { dry_run: true }, opts)
          .catch((e) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("dry_run")
        expect(await service.listProductImports({})).toHaveLength(0)
      })
    })

    describe("GET /product-imports", () => {
      it("lists runs newest first with a count, and answers 404 for an unknown run", async () => {
        const first = await importMenu(api, opts)
        await emulator.setFaults({ unreachable: true })
        const second = await importMenu(api, opts)
        const { data } = await api.get(`${IMPORTS}?limit=10`, opts)
        expect(data.count).toBe(2)
        expect(data.product_imports.map((r: any) => [r.id, r.status])).toEqual([
          [second.id, "failed"],
          [first.id, "completed"],
        ])
        expect(data.product_imports[1]).toMatchObject({
          progress: { done: first.progress.done, total: first.progress.total },
          totals: first.totals,
        })
        const missing = await api
          .get(`${IMPORTS}/adimp_nope`, opts)
          .catch((e) => e.response)
        expect(missing.status).toBe(404)
        const bad = await api
          .get(`${IMPORTS}?limit=0`, opts)
          .catch((e) => e.response)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("limit")
      })
    })

    describe("GET /products", () => {
      it("lists imported products, filtered by approval and searched by name or id", async () => {
        await importMenu(api, opts)
        const products = await importedProducts(container)
        await approve([products.get("301").id])

        const all = await api.get(`${PRODUCTS}?limit=5&offset=0`, opts)
        expect(all.data).toMatchObject({
          count: activeMenu().length,
          offset: 0,
          limit: 5,
        })
        expect(all.data.products).toHaveLength(5)

        const approved = await api.get(`${PRODUCTS}?approved=true`, opts)
        expect(approved.data.products).toEqual([
          {
            product_id: products.get("301").id,
            archidelivery_id: "301",
            approved: true,
            approved_at: expect.any(String),
            approved_by: userId,
            name: "Філадельфія",
            price: 329,
            weight: 260,
            group: "Роли",
            imported_at: expect.any(String),
            missing: false,
            missing_since: null,
            variant_id: products.get("301").variants[0].id,
            // Not a size of a dish: one product per row.
            size: null,
            group_key: null,
            menu_active: true,
            admin_unavailable: false,
            unavailable_until: null,
          },
        ])
        const unapproved = await api.get(`${PRODUCTS}?approved=false`, opts)
        expect(unapproved.data.count).toBe(activeMenu().length - 1)

        const byName = await api.get(
          `${PRODUCTS}?q=${encodeURIComponent("нігірі")}`,
          opts
        )
        expect(
          byName.data.products.map((p: any) => p.archidelivery_id).sort()
        ).toEqual(["201", "202", "203"])
        const byId = await api.get(`${PRODUCTS}?q=405`, opts)
        expect(byId.data.products.map((p: any) => p.name)).toEqual([
          "Морс журавлиний 0,5 л",
        ])

        const bad = await api
          .get(`${PRODUCTS}?approved=maybe`, opts)
          .catch((e) => e.response)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("approved")
      })
    })

    describe("POST /products/approve and /products/unapprove", () => {
      it("approves with who and when, without publishing, and unapproves", async () => {
        await importMenu(api, opts)
        const products = await importedProducts(container)
        const ids = [products.get("401").id, products.get("402").id]
        const approved = await approve(ids)
        expect(approved.status).toBe(200)
        expect(
          approved.data.products.map((p: any) => [
            p.product_id,
            p.approved,
            p.approved_by,
          ])
        ).toEqual([
          [ids[0], true, userId],
          [ids[1], true, userId],
        ])
        expect(approved.data.products[0].approved_at).toBeTruthy()
        expect((await importedProducts(container)).get("401").status).toBe(
          "draft"
        )

        const unapproved = await api.post(
          `${PRODUCTS}/unapprove`,
          { product_ids: [ids[0]] },
          opts
        )
        expect(unapproved.data.products).toEqual([
          expect.objectContaining({
            product_id: ids[0],
            approved: false,
            approved_at: null,
            approved_by: null,
          }),
        ])
        expect((await linkOf("402")).approved).toBe(true)
      })

      it.each([
        [{}, "product_ids"],
        [{ product_ids: "prod_1" }, "product_ids"],
        [{ product_ids: [] }, "product_ids"],
        [{ product_ids: [42] }, "product_ids"],
        [{ product_ids: ["prod_1"], publish: true }, "publish"],
      ])(
        "answers 400 naming the field for the body %j",
        async (body, field) => {
          for (const path of ["approve", "unapprove"]) {
            const res = await api
              .post(`${PRODUCTS}/${path}`, body, opts)
              .catch((e) => e.response)
            expect(res.status).toBe(400)
            expect(res.data.message).toContain(field)
          }
        }
      )

      it("answers 404 listing unknown ids and changes nothing", async () => {
        await importMenu(api, opts)
        const known = (await importedProducts(container)).get("501").id
        for (const path of ["approve", "unapprove"]) {
          const res = await api
            .post(
              `${PRODUCTS}/${path}`,
              { product_ids: [known, "prod_unknown1", "prod_unknown2"] },
              opts
            )
            .catch((e) => e.response)
          expect(res.status).toBe(404)
          expect(res.data.message).toContain("prod_unknown1, prod_unknown2")
          expect(res.data.message).not.toContain(known)
        }
        expect((await linkOf("501")).approved).toBe(false)
      })
    })

    it("refuses every route to an unauthenticated request", async () => {
      const calls: [string, string][] = [
        ["get", IMPORTS],
        ["post", IMPORTS],
        ["get", `${IMPORTS}/adimp_1`],
        ["get", PRODUCTS],
        ["post", `${PRODUCTS}/approve`],
        ["post", `${PRODUCTS}/unapprove`],
      ]
      for (const [method, path] of calls) {
        const res = await (api as any)
          [method](path, ...(method === "post" ? [{}] : []))
          .catch((e: any) => e.response)
        expect([method, path, res.status]).toEqual([method, path, 401])
      }
      expect(await service.listProductImports({})).toHaveLength(0)
    })
  },
})
