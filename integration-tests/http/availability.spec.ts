import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCT_IMPORT_LOCK_KEY } from "../../src/lib/shared/lock-keys"
import { runMenuAvailabilitySync } from "../../src/workflows/menu/sync-menu-availability"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"
import {
  checkout,
  createCart,
  createStoreFixture,
  type StoreFixture,
} from "../utils/store"

jest.setTimeout(300_000)

const emulator = useEmulator({ env: { ARCHIDELIVERY_PUSH_ON_PLACE: "off" } })

const AVAILABILITY = "/store/archidelivery/menu-availability"
const SWITCH_OFF = "/admin/archidelivery/products/availability/switch-off"
const SWITCH_ON = "/admin/archidelivery/products/availability/switch-on"

const failed = (e: any) => {
  if (!e.response) {
    throw e
  }
  return e.response
}

const UK_ONE = (name: string) =>
  `«${name}» зараз недоступна для замовлення: приберіть її з кошика або оберіть іншу страву`
const EN_ONE = (name: string) =>
  `"${name}" is not available right now: remove it from the cart or choose another dish`

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let admin: { headers: Record<string, string> }
    beforeEach(async () => {
      // Маргарита 30 см, Нігірі з лососем, Coca-Cola in the emulator's menu.
      store = await createStoreFixture(getContainer(), {
        prices: [250, 120, 45],
        archideliveryIds: ["101", "201", "401"],
      })
      admin = { headers: (await createAdminHeaders(getContainer())).headers }
    })

    const unavailable = async () =>
      (await api.get(AVAILABILITY, { headers: store.headers })).data
        .menu_availability.unavailable as any[]

    const addLine = (cartId: string, variantId: string) =>
      api
        .post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: variantId, quantity: 1 },
          { headers: store.headers }
        )
        .catch(failed)

    const cartWith = (dishes: number[]) =>
      createCart(api, store, {
        items: dishes.map((i) => ({
          variant_id: store.dishes[i].variant_id,
          quantity: 1,
        })),
      })

    const complete = (cartId: string) =>
      checkout(api, store, cartId, store.delivery_option_id).catch(
        (e: any) => e
      )

    const setLocale = (cartId: string, locale: string) =>
      api.post(`/store/carts/${cartId}`, { locale }, { headers: store.headers })

    it("a dish switched off in ArchiDelivery is unavailable after the sync, refused in the cart and at checkout, and sold again once back on", async () => {
      const container = getContainer()
      const [margherita, nigiri] = store.dishes
      expect(await unavailable()).toEqual([])

      // In the cart before the kitchen runs out of it.
      const early = await cartWith([0, 1])

      emulator.setMenuActive("201", false)
      expect(await runMenuAvailabilitySync(container)).toMatchObject({
        applied: true,
      })
      // The emulator leaves switched-off rows out of getallmenu by default.
      expect(await unavailable()).toEqual([
        {
          product_id: nigiri.product_id,
          variant_id: nigiri.variant_id,
          name: nigiri.title,
          reason: "missing",
          until: null,
        },
      ])

      const cart = await cartWith([0])
      const refused = await addLine(cart.id, nigiri.variant_id)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe(UK_ONE(nigiri.title))
      const created = await cartWith([1]).catch(failed)
      expect(created.status).toBe(400)
      expect(created.data.message).toBe(UK_ONE(nigiri.title))

      const atCheckout = await complete(early.id)
      expect(failed(atCheckout).data.message).toBe(UK_ONE(nigiri.title))
      await setLocale(early.id, "en-US")
      expect(failed(await complete(early.id)).data.message).toBe(
        EN_ONE(nigiri.title)
      )

      emulator.setMenuActive("201", true)
      await runMenuAvailabilitySync(container)
      expect(await unavailable()).toEqual([])
      expect((await addLine(cart.id, nigiri.variant_id)).status).toBe(200)
      const order = await complete(early.id)
      expect(order.id).toMatch(/^order_/)
      expect(margherita.archidelivery_id).toBe("101")
    })

    it("reads the active flag when the server lists switched-off rows, and changes nothing but availability", async () => {
      const container = getContainer()
      const archi = container.resolve("archidelivery") as any
      await emulator.setFaults({ list_inactive_rows: true })
      emulator.setMenuActive("401", false)
      emulator.patchMenu("101", { NAME: "Маргарита нова", PRICE: 999 })

      expect(await runMenuAvailabilitySync(container)).toEqual({
        fetched: emulator.state.menu.length,
        switched_off: 1,
        switched_on: 0,
        applied: true,
      })
      expect(await unavailable()).toMatchObject([
        { variant_id: store.dishes[2].variant_id, reason: "menu_inactive" },
      ])
      const [link] = await archi.listProductLinks({ archidelivery_id: "101" })
      expect(link.imported_name).toBe(store.dishes[0].title)
      expect(Number(link.imported_price)).toBe(250)

      const cart = await cartWith([0])
      await setLocale(cart.id, "en-GB")
      const refused = await addLine(cart.id, store.dishes[2].variant_id)
      expect(refused.data.message).toBe(EN_ONE(store.dishes[2].title))
    })

    it("never runs while a menu import holds the lock, and an empty menu changes nothing", async () => {
      const container = getContainer()
      const locking = container.resolve(Modules.LOCKING)
      await locking.acquire(PRODUCT_IMPORT_LOCK_KEY, {
        ownerId: "an-import",
        expire: 60,
      })
      emulator.setMenuActive("201", false)
      try {
        expect(await runMenuAvailabilitySync(container)).toBeNull()
      } finally {
        await locking.release(PRODUCT_IMPORT_LOCK_KEY, { ownerId: "an-import" })
      }
      expect(await unavailable()).toEqual([])

      emulator.setMenu([])
      expect(await runMenuAvailabilitySync(container)).toMatchObject({
        fetched: 0,
        applied: false,
      })
      expect(await unavailable()).toEqual([])
    })

    it("an admin switches a dish off until a time; it ends by itself, or when switched back on", async () => {
      const container = getContainer()
      const archi = container.resolve("archidelivery") as any
      const [margherita] = store.dishes
      const { data } = await api.post(
        SWITCH_OFF,
        { archidelivery_ids: ["101"], until: { mode: "time", time: "18:00" } },
        admin
      )
      const until = new Date(data.products[0].unavailable_until)
      expect(until.getTime()).toBeGreaterThan(Date.now())
      // 18:00 in Kyiv is 15:00 or 16:00 UTC.
      expect([15, 16]).toContain(until.getUTCHours())
      expect(data.products[0]).toMatchObject({
        archidelivery_id: "101",
        admin_unavailable: true,
        menu_active: true,
      })
      expect(await unavailable()).toEqual([
        {
          product_id: margherita.product_id,
          variant_id: margherita.variant_id,
          name: margherita.title,
          reason: "admin",
          until: until.toISOString(),
        },
      ])
      const listed = await api.get("/admin/archidelivery/products?q=101", admin)
      expect(listed.data.products[0]).toMatchObject({ admin_unavailable: true })

      const cart = await cartWith([1])
      expect((await addLine(cart.id, margherita.variant_id)).data.message).toBe(
        UK_ONE(margherita.title)
      )

      // The time passes.
      const [link] = await archi.listProductLinks({ archidelivery_id: "101" })
      await archi.updateProductLinks({
        id: link.id,
        unavailable_until: new Date(Date.now() - 1000),
      })
      expect(await unavailable()).toEqual([])
      expect((await addLine(cart.id, margherita.variant_id)).status).toBe(200)
      const after = await api.get("/admin/archidelivery/products?q=101", admin)
      expect(after.data.products[0]).toMatchObject({
        admin_unavailable: false,
        unavailable_until: null,
      })

      // Until switched back on.
      await api.post(
        SWITCH_OFF,
        { archidelivery_ids: ["101"], until: { mode: "indefinitely" } },
        admin
      )
      expect(await unavailable()).toMatchObject([
        { variant_id: margherita.variant_id, until: null },
      ])
      const checkoutRefused = await complete(cart.id)
      expect(failed(checkoutRefused).data.message).toBe(
        UK_ONE(margherita.title)
      )
      await api.post(SWITCH_ON, { archidelivery_ids: ["101"] }, admin)
      expect(await unavailable()).toEqual([])
      expect((await complete(cart.id)).id).toMatch(/^order_/)
    })

    it("switches off until tomorrow and refuses bad requests", async () => {
      const { data } = await api.post(
        SWITCH_OFF,
        { archidelivery_ids: ["201", "401"], until: { mode: "tomorrow" } },
        admin
      )
      expect(data.products).toHaveLength(2)
      const until = new Date(data.products[0].unavailable_until)
      // Midnight in Kyiv is 21:00 or 22:00 UTC.
      expect([21, 22]).toContain(until.getUTCHours())
      expect(until.getTime() - Date.now()).toBeLessThanOrEqual(25 * 3_600_000)

      const bad = await api
        .post(
          SWITCH_OFF,
          {
            archidelivery_ids: ["201"],
            until: { mode: "time", time: "25:00" },
          },
          admin
        )
        .catch(failed)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("time")
      const unknown = await api
        .post(SWITCH_ON, { archidelivery_ids: ["999999"] }, admin)
        .catch(failed)
      expect(unknown.status).toBe(404)
      const past = await api
        .post(
          SWITCH_OFF,
          {
            archidelivery_ids: ["201"],
            until: { mode: "at", at: "2020-01-01T00:00:00Z" },
          },
          admin
        )
        .catch(failed)
      expect(past.status).toBe(400)
    })
  },
})
