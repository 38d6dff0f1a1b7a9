import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runOrderDrain } from "../../src/workflows/orders/drain-order-queue"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"
import { emulatorOrdersFor, queueOrders, syncRow } from "../utils/orders"
import {
  checkout,
  createCart,
  createStoreFixture,
  type StoreFixture,
} from "../utils/store"

jest.setTimeout(300_000)

const emulator = useEmulator({ env: { ARCHIDELIVERY_PUSH_ON_PLACE: "off" } })

const GROUPS = "/admin/archidelivery/modifier-groups"

const failed = (e: any) => {
  if (!e.response) {
    throw e
  }
  return e.response
}

// Each added option points at an emulator menu row of the same price, so the
// kitchen's total (its menu prices) can agree with the shop's.
const option = (
  name: string,
  price: number,
  ref: number,
  over: Record<string, unknown> = {}
) => ({
  name,
  price,
  modificator_id: ref + 1000,
  kind: 1,
  kind1: 1,
  ref,
  ...over,
})
const removal = (name: string, ref: number, over = {}) => ({
  name,
  price: 0,
  modificator_id: 0,
  kind: 0,
  kind1: 0,
  ref,
  ...over,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let admin: { headers: Record<string, string> }
    let groups: Record<string, any>
    const byName = (group: any, name: string) =>
      group.options.find((o: any) => o.name === name).id

    beforeEach(async () => {
      const container = getContainer()
      store = await createStoreFixture(container, {
        prices: [185, 45],
        archideliveryIds: ["101", "401"],
      })
      admin = await createAdminHeaders(container)
      const define = async (body: Record<string, unknown>) =>
        (await api.post(GROUPS, body, admin)).data.modifier_group
      groups = {
        extras: await define({
          name: "Додатки",
          min: 0,
          max: 2,
          options: [
            option("Подвійний сир", 29, 403),
            option("Бекон", 49, 404),
            option("Халапеньо", 35, 409),
          ],
        }),
        without: await define({
          name: "Без",
          min: 0,
          max: 2,
          sort: 1,
          options: [removal("Без цибулі", 9001)],
        }),
        crust: await define({
          name: "Борт",
          min: 1,
          max: 1,
          sort: 2,
          options: [
            removal("Тонкий", 7001, { kind1: 1 }),
            option("Сирний", 55, 405),
          ],
        }),
        sauce: await define({
          name: "Соус",
          min: 1,
          max: 1,
          sort: 3,
          options: [
            removal("Томатний", 7002, { kind1: 1, is_default: true }),
            removal("Вершковий", 7003, { kind1: 1 }),
          ],
        }),
        // Not attached to the pizza.
        drinks: await define({
          name: "Лід",
          options: [removal("Без льоду", 7004)],
        }),
      }
      const pizza = store.dishes[0].product_id
      const attached = await api.post(
        `/admin/archidelivery/products/${pizza}/modifier-groups`,
        {
          add: [
            groups.extras.id,
            groups.without.id,
            groups.crust.id,
            groups.sauce.id,
          ],
        },
        admin
      )
      expect(attached.data.modifier_groups.map((g: any) => g.name)).toEqual([
        "Додатки",
        "Без",
        "Борт",
        "Соус",
      ])
    })

    const addModified = (
      cartId: string,
      modifiers: { option_id: string; quantity?: number }[],
      quantity = 1
    ) =>
      api
        .post(
          `/store/archidelivery/carts/${cartId}/line-items`,
          { variant_id: store.dishes[0].variant_id, quantity, modifiers },
          { headers: store.headers }
        )
        .catch(failed)

    it("refuses an impossible group where it is defined, naming the field", async () => {
      const refused = async (url: string, body: unknown) => {
        const res = await api.post(url, body, admin).catch(failed)
        expect(res.status).toBe(400)
        return res.data.message as string
      }
      expect(
        await refused(GROUPS, {
          name: "Неможлива",
          min: 3,
          max: 2,
          options: [option("Сир", 29, 403)],
        })
      ).toContain("min: 3 is more than max 2")
      expect(
        await refused(GROUPS, {
          name: "Близнюки",
          options: [option("Сир", 29, 403), option("Ще сир", 29, 403)],
        })
      ).toContain("options[1].ref")
      expect(
        await refused(`${GROUPS}/${groups.extras.id}`, { max: 0 })
      ).toContain("max: 0 would let the customer choose nothing")
      expect(
        await refused(`${GROUPS}/${groups.sauce.id}/options`, {
          ...removal("Часниковий", 7005, { kind1: 1 }),
          is_default: true,
        })
      ).toContain("options.is_default: 2 default options but max is 1")
      // The crust must keep one option to choose.
      const lonely = (
        await api.post(
          GROUPS,
          { name: "Один", min: 1, options: [option("Сир", 29, 403)] },
          admin
        )
      ).data.modifier_group
      expect(
        (
          await api
            .delete(
              `${GROUPS}/${lonely.id}/options/${lonely.options[0].id}`,
              admin
            )
            .catch(failed)
        ).status
      ).toBe(400)

      const { data } = await api.get(GROUPS, admin)
      expect(data.modifier_groups.map((g: any) => g.name)).toEqual(
        expect.arrayContaining(["Додатки", "Без", "Борт", "Соус", "Один"])
      )
      expect(data.modifier_groups).toHaveLength(6)
    })

    it("prices a dish with modifiers as base + options, and the kitchen gets the same total and the mods", async () => {
      const container = getContainer()
      const { data: read } = await api.get(
        `/store/archidelivery/products/${store.dishes[0].product_id}/modifiers`,
        { headers: store.headers }
      )
      expect(
        read.modifier_groups.map((g: any) => [g.name, g.min, g.max])
      ).toEqual([
        ["Додатки", 0, 2],
        ["Без", 0, 2],
        ["Борт", 1, 1],
        ["Соус", 1, 1],
      ])
      expect(read.modifier_groups[0].options[0]).toEqual({
        id: expect.any(String),
        name: "Подвійний сир",
        price: 29,
        default_quantity: 1,
        is_default: false,
      })

      const cart = await createCart(api, store, {
        items: [{ variant_id: store.dishes[1].variant_id, quantity: 1 }],
      })
      const { extras, without, crust, drinks } = groups
      const cheese = byName(extras, "Подвійний сир")
      const bacon = byName(extras, "Бекон")
      const cheesy = byName(crust, "Сирний")
      const thin = byName(crust, "Тонкий")

      const over = await addModified(cart.id, [
        { option_id: cheese },
        { option_id: bacon },
        { option_id: byName(extras, "Халапеньо") },
        { option_id: thin },
      ])
      expect(over.status).toBe(400)
      expect(over.data.message).toBe(
        "У групі «Додатки» до страви «Страва 1» можна обрати не більше 2 (обрано 3)"
      )
      const foreign = await addModified(cart.id, [
        { option_id: thin },
        { option_id: byName(drinks, "Без льоду") },
      ])
      expect(foreign.status).toBe(400)
      expect(foreign.data.message).toBe(
        `Модифікатор ${byName(drinks, "Без льоду")} не пропонується до страви «Страва 1»`
      )
      await api.post(
        `/store/carts/${cart.id}`,
        { metadata: { locale: "en" } },
        { headers: store.headers }
      )
      const under = await addModified(cart.id, [{ option_id: cheese }])
      expect(under.status).toBe(400)
      expect(under.data.message).toBe(
        'Choose at least 1 in "Борт" for "Страва 1" (0 chosen)'
      )

      const first = [
        { option_id: cheese, quantity: 2 },
        { option_id: byName(without, "Без цибулі") },
        { option_id: cheesy },
      ]
      const added = await addModified(cart.id, first)
      expect(added.status).toBe(200)
      await addModified(cart.id, [{ option_id: bacon }, { option_id: thin }])
      // The same choice again joins its line.
      const again = await addModified(cart.id, first)
      const pizzas = again.data.cart.items.filter(
        (i: any) => i.variant_id === store.dishes[0].variant_id
      )
      expect(
        pizzas.map((i: any) => [i.unit_price, i.quantity, i.is_custom_price])
      ).toEqual(
        expect.arrayContaining([
          [185 + 29 * 2 + 55, 2, true],
          [185 + 49, 1, true],
        ])
      )
      expect(pizzas).toHaveLength(2)
      const rich = pizzas.find((i: any) => i.unit_price === 298)
      expect(
        rich.metadata.archidelivery_modifiers.map((m: any) => [
          m.group,
          m.name,
          m.quantity,
          m.price,
        ])
      ).toEqual([
        ["Додатки", "Подвійний сир", 2, 29],
        ["Без", "Без цибулі", 1, 0],
        ["Борт", "Сирний", 1, 55],
        // Nothing picked in "Соус": its default.
        ["Соус", "Томатний", 1, 0],
      ])

      // Medusa's own quantity change keeps the custom price.
      const {
        data: { cart: changed },
      } = await api.post(
        `/store/carts/${cart.id}/line-items/${rich.id}`,
        { quantity: 3 },
        { headers: store.headers }
      )
      const line = changed.items.find((i: any) => i.id === rich.id)
      expect([line.unit_price, line.quantity]).toEqual([298, 3])
      expect(changed.item_total).toBe(298 * 3 + 234 + 45)

      const order = await checkout(
        api,
        store,
        cart.id,
        store.delivery_option_id
      )
      expect(order.item_total).toBe(1173)
      expect(
        order.items.reduce(
          (s: number, i: any) => s + i.unit_price * i.quantity,
          0
        )
      ).toBe(1173)

      await queueOrders(container, [order])
      expect(await runOrderDrain(container)).toMatchObject({ sent: 1 })
      expect((await syncRow(container, order.id)).status).toBe("sent")
      const [sent] = emulatorOrdersFor(emulator, order.display_id)
      expect(sent.params.orderformattype).toBe("1")
      const items = (sent as any).items.map((i: any) => [i.ID, i.QUANT, i.mods])
      const mod = (g: any, name: string, quant = 1) => {
        const o = g.options.find((x: any) => x.name === name)
        return {
          modificatorId: o.modificator_id,
          kind: o.kind,
          kind1: o.kind1,
          ref: o.ref,
          quant,
        }
      }
      expect(items).toEqual(
        expect.arrayContaining([
          [
            101,
            3,
            [
              mod(extras, "Подвійний сир", 2),
              mod(without, "Без цибулі"),
              mod(crust, "Сирний"),
              mod(groups.sauce, "Томатний"),
            ],
          ],
          [
            101,
            1,
            [
              mod(extras, "Бекон"),
              mod(crust, "Тонкий"),
              mod(groups.sauce, "Томатний"),
            ],
          ],
          [401, 1, []],
        ])
      )
      // The kitchen's total: its menu prices, the added menu modifiers included.
      expect((sent as any).total).toBe(1173)
    })

    it("refuses at completion a dish with a required group added without modifiers, and an option deleted meanwhile", async () => {
      const plain = await createCart(api, store, {
        items: [{ variant_id: store.dishes[0].variant_id, quantity: 1 }],
      })
      const refused = await checkout(
        api,
        store,
        plain.id,
        store.delivery_option_id
      ).catch(failed)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe(
        "Страва «Страва 1» потребує вибору в групі «Борт»: додайте її до кошика з модифікаторами"
      )

      const cart = await createCart(api, store, {
        items: [{ variant_id: store.dishes[1].variant_id, quantity: 1 }],
      })
      const bacon = byName(groups.extras, "Бекон")
      await addModified(cart.id, [
        { option_id: bacon },
        { option_id: byName(groups.crust, "Тонкий") },
      ])
      await api.delete(`${GROUPS}/${groups.extras.id}/options/${bacon}`, admin)
      const gone = await checkout(
        api,
        store,
        cart.id,
        store.delivery_option_id
      ).catch(failed)
      expect(gone.status).toBe(400)
      expect(gone.data.message).toBe(
        "Модифікатор «Бекон» до страви «Страва 1» більше не пропонується: видаліть страву з кошика й додайте її знову"
      )
    })
  },
})
