import type { MedusaContainer } from "@medusajs/framework/types"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  acquireProductImportLock,
  releaseProductImportLock,
} from "../../src/workflows/menu/product-import-lock"
import { runOrderDrain } from "../../src/workflows/orders/drain-order-queue"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"
import { createQueuedOrders, emulatorOrdersFor } from "../utils/orders"
import {
  importMenu,
  menuRow,
  productById,
  productLinkOf,
  PRODUCTS,
} from "../utils/products"
import { createStoreFixture } from "../utils/store"

jest.setTimeout(300_000)

// The default grouping: a size at the end of a name ("30 см") within a menu group.
const emulator = useEmulator({
  env: {
    ARCHIDELIVERY_PUSH_ON_PLACE: "off",
    ARCHIDELIVERY_SIZE_GROUPING: "suffix",
  },
})

const SIZE_FIELDS = [
  "id",
  "title",
  "status",
  "external_id",
  "options.title",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.weight",
  "variants.options.value",
  "variants.prices.amount",
  "variants.prices.currency_code",
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let opts: { headers: Record<string, string> }

    beforeEach(async () => {
      container = getContainer()
      opts = { headers: (await createAdminHeaders(container)).headers }
    })

    const linkOf = (id: string) => productLinkOf(container, id)

    const productOf = (id: string) => productById(container, id, SIZE_FIELDS)

    const sizesOf = (product: any) =>
      Object.fromEntries(
        product.variants.map((v: any) => [
          v.title,
          v.prices.find((p: any) => p.currency_code === "uah")?.amount,
        ])
      )

    it("imports the sizes of a dish as one product with a variant per row", async () => {
      const run = await importMenu(api, opts)
      expect(run.status).toBe("completed")
      const m30 = await linkOf("101")
      const m40 = await linkOf("102")
      expect(m40.product_id).toBe(m30.product_id)
      expect(m40.variant_id).not.toBe(m30.variant_id)
      expect(m30).toMatchObject({
        size_label: "30 см",
        group_key: expect.any(String),
      })
      expect(m40.size_label).toBe("40 см")

      const margherita = await productOf(m30.product_id)
      expect(margherita).toMatchObject({
        title: "Маргарита",
        status: "draft",
        options: [expect.objectContaining({ title: "Розмір" })],
      })
      expect(sizesOf(margherita)).toEqual({ "30 см": 185, "40 см": 259 })
      const weights = Object.fromEntries(
        margherita.variants.map((v: any) => [v.id, v.weight])
      )
      expect(weights).toEqual({ [m30.variant_id]: 450, [m40.variant_id]: 750 })

      // A lone sized row stays a plain product, titled as in the menu.
      const cheese = await linkOf("105")
      expect(cheese.group_key).toBeNull()
      expect((await productOf(cheese.product_id)).title).toBe(
        "Чотири сири 30 см"
      )

      expect(run.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            archidelivery_id: "101",
            action: "grouped",
            code: "sizes_grouped",
            params: { dish: "Маргарита", sizes: "30 см, 40 см" },
          }),
        ])
      )
      // The approval table lists each size with its product and label.
      const { data } = await api.get(
        `${PRODUCTS}?q=${encodeURIComponent("Маргарита")}`,
        opts
      )
      expect(
        data.products.map((p: any) => [
          p.archidelivery_id,
          p.size,
          p.product_id,
        ])
      ).toEqual([
        ["101", "30 см", m30.product_id],
        ["102", "40 см", m30.product_id],
      ])
      // The product page's panel reads every size of its product.
      const rows = await api.get(
        `${PRODUCTS}?product_id=${m30.product_id}`,
        opts
      )
      expect(rows.data.products.map((p: any) => p.size)).toEqual([
        "30 см",
        "40 см",
      ])
    })

    it("keeps a new size of an approved dish off sale until approved, and reports a size gone", async () => {
      await importMenu(api, opts)
      const m30 = await linkOf("101")
      await api.post(
        `${PRODUCTS}/approve`,
        { product_ids: [m30.product_id] },
        opts
      )
      const menu = emulator.state.menu.filter((r: any) => r.ID !== 102)
      emulator.setMenu([
        ...menu.map((r: any) => (r.ID === 101 ? { ...r, PRICE: 195 } : r)),
        menuRow(114, "Маргарита 50 см", 329, { MGNAME: "Піца", WEIGHT: 1100 }),
      ])

      const run = await importMenu(api, opts)
      const pending = await linkOf("114")
      expect(pending).toMatchObject({
        product_id: m30.product_id,
        variant_id: null,
        approved: false,
        size_label: "50 см",
      })
      expect(run.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            archidelivery_id: "114",
            action: "size_pending",
            params: { size: "50 см" },
          }),
          expect.objectContaining({
            archidelivery_id: "102",
            action: "missing",
          }),
        ])
      )
      let margherita = await productOf(m30.product_id)
      // Approved sizes follow ArchiDelivery; the gone one is kept, the new one not for sale.
      expect(sizesOf(margherita)).toEqual({ "30 см": 195, "40 см": 259 })
      expect((await linkOf("102")).missing).toBe(true)

      const approved = await api.post(
        `${PRODUCTS}/approve`,
        { product_ids: [m30.product_id] },
        opts
      )
      expect(approved.status).toBe(200)
      margherita = await productOf(m30.product_id)
      expect(sizesOf(margherita)).toEqual({
        "30 см": 195,
        "40 см": 259,
        "50 см": 329,
      })
      const added = await linkOf("114")
      expect(added.approved).toBe(true)
      expect(
        margherita.variants.find((v: any) => v.id === added.variant_id)
      ).toMatchObject({ title: "50 см", weight: 1100 })
    })

    it("sends an order of the 40 cm variant with the 40 cm row's id", async () => {
      const store = await createStoreFixture(container)
      await importMenu(api, opts)
      const m40 = await linkOf("102")
      // What an admin does before selling it: publish it in the shop's channel.
      await updateProductsWorkflow(container).run({
        input: {
          products: [
            {
              id: m40.product_id,
              status: "published",
              sales_channels: [{ id: store.sales_channel_id }],
            },
          ],
        },
      })
      const [sent] = await createQueuedOrders(
        container,
        {
          ...store,
          dishes: [
            {
              product_id: m40.product_id,
              variant_id: m40.variant_id,
              title: "Маргарита 40 см",
              price: 259,
            } as any,
          ],
        },
        1,
        { dishes: [0] }
      )
      expect(await runOrderDrain(container)).toMatchObject({ sent: 1 })
      const [inKitchen] = emulatorOrdersFor(emulator, sent.display_id)
      expect(inKitchen.params.order).toBe("102#1")
    })

    it("merges rows into one product and splits one out again", async () => {
      emulator.setMenu([
        ...emulator.state.menu,
        menuRow(120, "Фокача 20 см", 99, { MGNAME: "Піца", WEIGHT: 200 }),
        menuRow(121, "Фокача з розмарином 30 см", 139, {
          MGNAME: "Піца",
          WEIGHT: 350,
        }),
      ])
      await importMenu(api, opts)
      const before = [await linkOf("120"), await linkOf("121")]
      expect(before[0].product_id).not.toBe(before[1].product_id)

      const refused = await api
        .post(`${PRODUCTS}/merge`, { archidelivery_ids: ["106", "107"] }, opts)
        .catch((e) => e.response)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain('the same size "30 см"')
      const tooFew = await api
        .post(`${PRODUCTS}/merge`, { archidelivery_ids: ["120"] }, opts)
        .catch((e) => e.response)
      expect(tooFew.status).toBe(400)

      // Never while an import runs (it holds the import lock).
      await acquireProductImportLock(container, "test-import")
      const busy = await api
        .post(`${PRODUCTS}/merge`, { archidelivery_ids: ["120", "121"] }, opts)
        .catch((e) => e.response)
      await releaseProductImportLock(container, "test-import")
      expect(busy.status).toBe(409)

      const merged = await api.post(
        `${PRODUCTS}/merge`,
        { archidelivery_ids: ["120", "121"] },
        opts
      )
      expect(merged.status).toBe(200)
      const productId = merged.data.product_id
      expect(
        merged.data.products.map((p: any) => [p.archidelivery_id, p.size])
      ).toEqual([
        ["120", "20 см"],
        ["121", "30 см"],
      ])
      const focaccia = await productOf(productId)
      expect(focaccia.title).toBe("Фокача")
      expect(sizesOf(focaccia)).toEqual({ "20 см": 99, "30 см": 139 })
      // The products the rows leave are kept as drafts: past orders keep their references.
      for (const old of before) {
        expect((await productOf(old.product_id)).status).toBe("draft")
      }
      // A later import keeps the merge.
      await importMenu(api, opts)
      expect((await linkOf("121")).product_id).toBe(productId)

      const split = await api.post(
        `${PRODUCTS}/split`,
        { archidelivery_id: "121" },
        opts
      )
      expect(split.status).toBe(200)
      const alone = await linkOf("121")
      expect(alone).toMatchObject({
        group_key: null,
        size_label: null,
        approved: false,
      })
      expect(alone.product_id).not.toBe(productId)
      expect((await productOf(alone.product_id)).title).toBe(
        "Фокача з розмарином 30 см"
      )
      expect(sizesOf(await productOf(productId))).toEqual({ "20 см": 99 })
      const again = await api
        .post(`${PRODUCTS}/split`, { archidelivery_id: "121" }, opts)
        .catch((e) => e.response)
      expect(again.status).toBe(400)
    })
  },
})
