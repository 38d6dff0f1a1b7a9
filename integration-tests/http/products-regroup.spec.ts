import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"
import {
  importMenu,
  productById,
  productLinkOf,
  PRODUCTS,
} from "../utils/products"

jest.setTimeout(300_000)

// An installation from before sizes: every row imported as its own product.
const emulator = useEmulator({ env: { ARCHIDELIVERY_SIZE_GROUPING: "off" } })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let opts: { headers: Record<string, string> }

    beforeEach(async () => {
      container = getContainer()
      opts = { headers: (await createAdminHeaders(container)).headers }
    })

    const linkOf = (id: string) => productLinkOf(container, id)

    const productOf = (id: string) =>
      productById(container, id, [
        "id",
        "title",
        "status",
        "variants.id",
        "variants.title",
      ])

    it("groups products imported one per row only when the admin asks, previewing first", async () => {
      expect(emulator.state.menu.length).toBeGreaterThan(0)
      await importMenu(api, opts)
      const old30 = await linkOf("101")
      const old40 = await linkOf("102")
      expect(old30.product_id).not.toBe(old40.product_id)
      await api.post(
        `${PRODUCTS}/approve`,
        { product_ids: [old30.product_id, old40.product_id] },
        opts
      )

      // Importing again leaves the old products as they are.
      await importMenu(api, opts)
      expect((await linkOf("102")).product_id).toBe(old40.product_id)

      const preview = await api.post(`${PRODUCTS}/regroup`, {}, opts)
      expect(preview.data.dry_run).toBe(true)
      expect(
        preview.data.groups.map((g: any) => [
          g.dish,
          g.rows.map((r: any) => `${r.archidelivery_id} ${r.size}`),
        ])
      ).toEqual([
        ["Маргарита", ["101 30 см", "102 40 см"]],
        ["Пепероні", ["103 30 см", "104 40 см"]],
      ])
      // The preview wrote nothing.
      expect((await linkOf("101")).group_key).toBeNull()

      const run = await api.post(
        `${PRODUCTS}/regroup`,
        { dry_run: false },
        opts
      )
      expect(run.data.groups.map((g: any) => [g.dish, g.error])).toEqual([
        ["Маргарита", null],
        ["Пепероні", null],
      ])
      const m30 = await linkOf("101")
      const m40 = await linkOf("102")
      expect(m40.product_id).toBe(m30.product_id)
      expect(m30).toMatchObject({ size_label: "30 см", approved: true })
      const grouped = await productOf(m30.product_id)
      expect(grouped.title).toBe("Маргарита")
      expect(grouped.variants.map((v: any) => v.title).sort()).toEqual([
        "30 см",
        "40 см",
      ])
      // The old products stay, as drafts with their variants, for past orders.
      const kept = await productOf(old40.product_id)
      expect(kept.status).toBe("draft")
      expect(kept.variants.map((v: any) => v.id)).toEqual([old40.variant_id])

      const nothingLeft = await api.post(`${PRODUCTS}/regroup`, {}, opts)
      expect(nothingLeft.data.groups).toEqual([])
      const refused = await api
        .post(`${PRODUCTS}/regroup`, { dry_run: "yes" }, opts)
        .catch((e) => e.response)
      expect(refused.status).toBe(400)
    })
  },
})
