import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { ArchiDeliveryClient } from "../../src/lib/archidelivery"
import { ARCHIDELIVERY_MODULE } from "../../src/modules/archidelivery"
import { enqueueOrderSyncsWorkflow } from "../../src/workflows/orders/enqueue-order-syncs"
import { followOrderStatusesWorkflow } from "../../src/workflows/orders/follow-order-statuses"
import { syncOrderFulfillmentWorkflow } from "../../src/workflows/fulfillment/sync-order-fulfillment"
import { drainOrderQueue } from "../../src/workflows/orders/drain-order-queue"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"
import {
  ARCHIDELIVERY_PROVIDER_ID,
  checkout,
  createCart,
  createCustomerHeaders,
  createStoreFixture,
  KYIV_ADDRESS,
  pay,
  type StoreFixture,
} from "../utils/store"

jest.setTimeout(300_000)

// Fee 60 UAH, free from 500, no order under 150; dishes at 100, 250 and 45.
const emulator = useEmulator({
  env: {
    ARCHIDELIVERY_DELIVERY_FEE: "60",
    ARCHIDELIVERY_FREE_FROM: "500",
    ARCHIDELIVERY_MIN_ORDER: "150",
    // Pushes are driven by hand here; a push racing the test would change the sync row.
    ARCHIDELIVERY_PUSH_ON_PLACE: "off",
  },
})
const PRICES = [100, 250, 45]
const STATUS_EVENT = "archidelivery.order.status_changed"
const MIN_MESSAGE =
  "Мінімальна сума замовлення — 150 грн / The minimum order is 150 UAH"
const ADDRESS_MESSAGE =
  "Вкажіть вулицю та номер будинку / Enter the street and house number"

const failed = (e: any) => {
  if (!e.response) {
    throw e
  }
  return e.response
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    const dish = (i: number, quantity = 1) => ({
      variant_id: store.dishes[i].variant_id,
      quantity,
    })

    beforeEach(async () => {
      store = await createStoreFixture(getContainer(), {
        prices: PRICES,
        archideliveryIds: ["101", "301", "401"],
      })
    })

    const orderGraph = async (orderId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [order],
      } = await query.graph({
        entity: "order",
        fields: [
          "id",
          "shipping_methods.amount",
          "shipping_methods.data",
          "fulfillments.id",
          "fulfillments.provider_id",
          "fulfillments.shipped_at",
          "fulfillments.delivered_at",
          "fulfillments.canceled_at",
          "fulfillments.data",
          "fulfillments.labels.tracking_number",
        ],
        filters: { id: orderId },
      })
      return order as any
    }

    describe("the provider", () => {
      it("is registered and lists courier delivery and a pickup per ArchiDelivery point", async () => {
        const { headers } = await createAdminHeaders(getContainer())
        const providers = await api.get(
          `/admin/fulfillment-providers?id=${ARCHIDELIVERY_PROVIDER_ID}`,
          {
            headers,
          }
        )
        expect(providers.data.fulfillment_providers).toEqual([
          expect.objectContaining({
            id: ARCHIDELIVERY_PROVIDER_ID,
            is_enabled: true,
          }),
        ])
        const res = await api.get(
          `/admin/fulfillment-providers/${ARCHIDELIVERY_PROVIDER_ID}/options`,
          {
            headers,
          }
        )
        expect(res.status).toBe(200)
        expect(res.data.fulfillment_options).toEqual([
          {
            id: "archidelivery-delivery",
            name: expect.any(String),
            type: "delivery",
          },
          expect.objectContaining({
            id: "archidelivery-pickup-5",
            type: "pickup",
            point_id: "5",
          }),
          expect.objectContaining({
            id: "archidelivery-pickup-10",
            type: "pickup",
            point_id: "10",
          }),
        ])
      })

      it("lists nothing to an unauthenticated caller", async () => {
        const res = await api
          .get(
            `/admin/fulfillment-providers/${ARCHIDELIVERY_PROVIDER_ID}/options`
          )
          .catch(failed)
        expect(res.status).toBe(401)
      })
    })

    describe("prices", () => {
      const calculate = async (optionId: string, cartId: string) => {
        const { data } = await api.post(
          `/store/shipping-options/${optionId}/calculate`,
          { cart_id: cartId },
          { headers: store.headers }
        )
        return data.shipping_option.amount
      }

      it("charges the fee below the free-delivery threshold, nothing at and above it", async () => {
        const cart = await createCart(api, store, { items: [dish(0, 2)] })
        expect(await calculate(store.delivery_option_id, cart.id)).toBe(60)

        // 250 × 2 = 500: exactly the threshold.
        await api.post(
          `/store/carts/${cart.id}/line-items/${cart.items[0].id}`,
          { quantity: 0 },
          { headers: store.headers }
        )
        await api.post(`/store/carts/${cart.id}/line-items`, dish(1, 2), {
          headers: store.headers,
        })
        expect(await calculate(store.delivery_option_id, cart.id)).toBe(0)

        await api.post(`/store/carts/${cart.id}/line-items`, dish(2, 1), {
          headers: store.headers,
        })
        expect(await calculate(store.delivery_option_id, cart.id)).toBe(0)
      })

      it("never charges for pickup", async () => {
        const cart = await createCart(api, store, { items: [dish(0, 2)] })
        expect(await calculate(store.pickup_option_id, cart.id)).toBe(0)
      })

      it("offers both options to the storefront as calculated prices", async () => {
        const cart = await createCart(api, store, { items: [dish(0, 2)] })
        const { data } = await api.get(
          `/store/shipping-options?cart_id=${cart.id}`,
          {
            headers: store.headers,
          }
        )
        // The storefront asks /calculate for each calculated option's amount.
        expect(
          data.shipping_options.map((o: any) => [o.id, o.price_type]).sort()
        ).toEqual(
          [
            [store.delivery_option_id, "calculated"],
            [store.pickup_option_id, "calculated"],
          ].sort()
        )
      })

      it("re-prices a chosen delivery when the cart grows past the threshold", async () => {
        const cart = await createCart(api, store, { items: [dish(0, 2)] })
        await api.post(
          `/store/carts/${cart.id}/shipping-methods`,
          { option_id: store.delivery_option_id },
          { headers: store.headers }
        )
        const { data } = await api.post(
          `/store/carts/${cart.id}/line-items`,
          dish(1, 2),
          {
            headers: store.headers,
          }
        )
        expect(data.cart.shipping_methods).toEqual([
          expect.objectContaining({ amount: 0 }),
        ])
      })
    })

    describe("validation at checkout", () => {
      const choose = (cartId: string, optionId: string) =>
        api
          .post(
            `/store/carts/${cartId}/shipping-methods`,
            { option_id: optionId },
            { headers: store.headers }
          )
          .catch(failed)

      it("asks for street and house before courier delivery", async () => {
        const cart = await createCart(api, store, {
          items: [dish(1)],
          shipping_address: { ...KYIV_ADDRESS, address_1: "вул. Хрещатик" },
        })
        const res = await choose(cart.id, store.delivery_option_id)
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(ADDRESS_MESSAGE)
        // Pickup needs no address.
        expect((await choose(cart.id, store.pickup_option_id)).status).toBe(200)
      })

      it("takes the house from address metadata when the storefront sends it apart", async () => {
        const cart = await createCart(api, store, {
          items: [dish(1)],
          shipping_address: {
            ...KYIV_ADDRESS,
            address_1: "вул. Хрещатик",
            metadata: { house: "22" },
          },
        })
        expect((await choose(cart.id, store.delivery_option_id)).status).toBe(
          200
        )
      })

      it("refuses an order below the minimum when the shipping method is chosen", async () => {
        const cart = await createCart(api, store, { items: [dish(0)] })
        for (const option of [
          store.delivery_option_id,
          store.pickup_option_id,
        ]) {
          const res = await choose(cart.id, option)
          expect(res.status).toBe(400)
          expect(res.data.message).toBe(MIN_MESSAGE)
        }
      })

      it("refuses to complete a cart that shrank below the minimum afterwards", async () => {
        const cart = await createCart(api, store, { items: [dish(0, 2)] })
        expect((await choose(cart.id, store.pickup_option_id)).status).toBe(200)
        await api.post(
          `/store/carts/${cart.id}/line-items/${cart.items[0].id}`,
          { quantity: 1 },
          { headers: store.headers }
        )
        await pay(api, store, cart.id)
        const res = await api
          .post(
            `/store/carts/${cart.id}/complete`,
            {},
            { headers: store.headers }
          )
          .catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(MIN_MESSAGE)
      })
    })

    describe("checkout", () => {
      it("places a courier order with the fee and the kind the order push reads", async () => {
        const cart = await createCart(api, store, { items: [dish(1), dish(0)] })
        const placed = await checkout(
          api,
          store,
          cart.id,
          store.delivery_option_id,
          {
            data: { comment: "Домофон 5" },
          }
        )
        const order = await orderGraph(placed.id)
        expect(order.shipping_methods).toEqual([
          expect.objectContaining({
            amount: 60,
            data: { comment: "Домофон 5", type: "delivery", order_type: "3" },
          }),
        ])
        expect(placed.total).toBe(410)
      })

      it("places a free pickup order at the chosen point", async () => {
        // Pickup needs no address, but the kitchen needs a phone.
        const cart = await createCart(api, store, {
          items: [dish(1)],
          shipping_address: { phone: "093 123 45 67" },
        })
        const placed = await checkout(
          api,
          store,
          cart.id,
          store.pickup_option_id
        )
        const order = await orderGraph(placed.id)
        expect(order.shipping_methods).toEqual([
          expect.objectContaining({
            amount: 0,
            data: {
              type: "pickup",
              point_id: store.pickup_point_id,
              order_type: "2",
            },
          }),
        ])
        expect(placed.total).toBe(250)
      })
    })

    describe("kitchen status drives the fulfillment", () => {
      const kitchen = () => new ArchiDeliveryClient({ baseUrl: emulator.url })

      /** The fulfillment status the admin sees (Medusa computes it in the admin route). */
      const fulfillmentStatus = async (orderId: string) => {
        const { headers } = await createAdminHeaders(getContainer())
        const { data } = await api.get(
          `/admin/orders/${orderId}?fields=id,fulfillment_status`,
          {
            headers,
          }
        )
        return data.order.fulfillment_status
      }

      /** A placed Medusa order and its order in the emulator's kitchen. */
      async function placedAndSent() {
        const cart = await createCart(api, store, { items: [dish(1), dish(0)] })
        const placed = await checkout(
          api,
          store,
          cart.id,
          store.delivery_option_id
        )
        const { orderId } = await kitchen().newOrder({
          itemFormat: "legacy",
          type: 0,
          client: "Шевченко Тарас",
          phone: "380671234567",
          ordertype: "3",
          comment: `#${placed.display_id}`,
          items: [{ menuId: "101", quant: 1 }],
        })
        return { orderId: placed.id as string, kitchenId: orderId }
      }

      /** Moves the kitchen order on and reports the code ArchiDelivery now shows, as the status follow-up does. */
      async function kitchenMoves(
        order: { orderId: string; kitchenId: string },
        status: number
      ) {
        emulator.setOrderStatus(order.kitchenId, status)
        const row = await kitchen().getOrderData(order.kitchenId)
        await emitStatus(order, Number(row?.ORDERSTATUS))
      }

      async function emitStatus(
        order: { orderId: string; kitchenId: string },
        status: number
      ) {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const done = TestEventUtils.waitSubscribersExecution(
          STATUS_EVENT,
          eventBus as any
        )
        await eventBus.emit({
          name: STATUS_EVENT,
          data: {
            order_id: order.orderId,
            archidelivery_order_id: order.kitchenId,
            status,
            previous_status: null,
            label: null,
          },
        })
        await done
      }

      it("follows the kitchen end to end: pushed, out for delivery (6), delivered (7)", async () => {
        const container = getContainer()
        const cart = await createCart(api, store, { items: [dish(1), dish(0)] })
        const placed = await checkout(
          api,
          store,
          cart.id,
          store.delivery_option_id
        )
        // What order.placed does; repeating it is harmless.
        await enqueueOrderSyncsWorkflow(container).run({
          input: { order_ids: [placed.id] },
        })
        expect(
          await drainOrderQueue(container, { lockTimeoutSeconds: 5 })
        ).toMatchObject({ sent: 1 })
        const service = container.resolve(ARCHIDELIVERY_MODULE) as any
        const [row] = await service.listOrderSyncs({ order_id: placed.id })
        expect(row).toMatchObject({
          status: "sent",
          archidelivery_order_id: expect.any(String),
        })
        const kitchenId = row.archidelivery_order_id

        const follow = async () => {
          const eventBus = container.resolve(Modules.EVENT_BUS)
          const done = TestEventUtils.waitSubscribersExecution(
            STATUS_EVENT,
            eventBus as any
          )
          await followOrderStatusesWorkflow(container).run({
            input: { limit: 50 },
          })
          await done
        }

        emulator.setOrderStatus(kitchenId, 6)
        await follow()
        let medusa = await orderGraph(placed.id)
        expect(medusa.fulfillments).toEqual([
          expect.objectContaining({
            delivered_at: null,
            labels: [expect.objectContaining({ tracking_number: kitchenId })],
          }),
        ])
        expect(medusa.fulfillments[0].shipped_at).toBeTruthy()

        emulator.setOrderStatus(kitchenId, 7)
        await follow()
        medusa = await orderGraph(placed.id)
        expect(medusa.fulfillments).toHaveLength(1)
        expect(medusa.fulfillments[0].delivered_at).toBeTruthy()
        expect(await fulfillmentStatus(placed.id)).toBe("delivered")
      })

      it("keeps bringing the fulfillment up to the kitchen's code until they agree", async () => {
        const container = getContainer()
        const cart = await createCart(api, store, { items: [dish(1), dish(0)] })
        const placed = await checkout(
          api,
          store,
          cart.id,
          store.delivery_option_id
        )
        await enqueueOrderSyncsWorkflow(container).run({
          input: { order_ids: [placed.id] },
        })
        await drainOrderQueue(container, { lockTimeoutSeconds: 5 })
        const service = container.resolve(ARCHIDELIVERY_MODULE) as any
        const [row] = await service.listOrderSyncs({ order_id: placed.id })
        emulator.setOrderStatus(row.archidelivery_order_id, 6)
        // The code was read, but the update that ships the order was lost.
        await service.updateOrderSyncs({
          id: row.id,
          archidelivery_status: 6,
          archidelivery_status_at: new Date(),
        })
        const follow = async () => {
          const eventBus = container.resolve(Modules.EVENT_BUS)
          const done = TestEventUtils.waitSubscribersExecution(
            STATUS_EVENT,
            eventBus as any
          )
          await followOrderStatusesWorkflow(container).run({
            input: { limit: 50 },
          })
          await done
        }
        await follow()
        const medusa = await orderGraph(placed.id)
        expect(medusa.fulfillments).toHaveLength(1)
        expect(medusa.fulfillments[0].shipped_at).toBeTruthy()
        const [after] = await service.listOrderSyncs({ order_id: placed.id })
        expect(after.fulfilment_status).toBe(6)
      })

      it("ships on 6 and delivers on 7, once, with the ArchiDelivery id as tracking number", async () => {
        const order = await placedAndSent()

        await kitchenMoves(order, 4)
        expect((await orderGraph(order.orderId)).fulfillments).toEqual([])

        await kitchenMoves(order, 6)
        let medusa = await orderGraph(order.orderId)
        expect(medusa.fulfillments).toHaveLength(1)
        const [shipped] = medusa.fulfillments
        expect(shipped).toMatchObject({
          provider_id: ARCHIDELIVERY_PROVIDER_ID,
          delivered_at: null,
          data: expect.objectContaining({
            type: "delivery",
            archidelivery_order_id: order.kitchenId,
          }),
          labels: [
            expect.objectContaining({ tracking_number: order.kitchenId }),
          ],
        })
        expect(shipped.shipped_at).toBeTruthy()
        expect(await fulfillmentStatus(order.orderId)).toBe("shipped")

        // The same status again changes nothing.
        await kitchenMoves(order, 6)
        medusa = await orderGraph(order.orderId)
        expect(medusa.fulfillments).toHaveLength(1)
        expect(medusa.fulfillments[0].shipped_at).toEqual(shipped.shipped_at)

        await kitchenMoves(order, 7)
        medusa = await orderGraph(order.orderId)
        expect(medusa.fulfillments).toHaveLength(1)
        const [delivered] = medusa.fulfillments
        expect(delivered.delivered_at).toBeTruthy()
        expect(delivered.labels).toEqual([
          expect.objectContaining({ tracking_number: order.kitchenId }),
        ])
        expect(await fulfillmentStatus(order.orderId)).toBe("delivered")

        await kitchenMoves(order, 7)
        medusa = await orderGraph(order.orderId)
        expect(medusa.fulfillments).toHaveLength(1)
        expect(medusa.fulfillments[0].delivered_at).toEqual(
          delivered.delivered_at
        )
      })

      it("creates, ships and delivers at once when the kitchen jumps to delivered (9)", async () => {
        const order = await placedAndSent()
        await kitchenMoves(order, 9)
        const medusa = await orderGraph(order.orderId)
        expect(medusa.fulfillments).toHaveLength(1)
        expect(medusa.fulfillments[0].shipped_at).toBeTruthy()
        expect(medusa.fulfillments[0].delivered_at).toBeTruthy()
        expect(await fulfillmentStatus(order.orderId)).toBe("delivered")
      })

      it("ships an admin's own fulfillment instead of creating a second one", async () => {
        const order = await placedAndSent()
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [withItems],
        } = await query.graph({
          entity: "order",
          fields: ["items.*"],
          filters: { id: order.orderId },
        })
        await createOrderFulfillmentWorkflow(container).run({
          input: {
            order_id: order.orderId,
            items: withItems.items!.map((i: any) => ({
              id: i.id,
              quantity: i.quantity,
            })),
          },
        })
        const { result } = await syncOrderFulfillmentWorkflow(container).run({
          input: {
            order_id: order.orderId,
            status: 6,
            archidelivery_order_id: order.kitchenId,
          },
        })
        expect(result).toMatchObject({
          created: false,
          shipped: true,
          delivered: false,
        })
        const medusa = await orderGraph(order.orderId)
        expect(medusa.fulfillments).toHaveLength(1)
        expect(medusa.fulfillments[0].shipped_at).toBeTruthy()
        // The admin's fulfillment had no tracking number yet; the shipment adds it.
        expect(medusa.fulfillments[0].labels).toEqual([
          expect.objectContaining({ tracking_number: order.kitchenId }),
        ])
      })

      it("ignores codes that move no fulfillment", async () => {
        const order = await placedAndSent()
        const { result } = await syncOrderFulfillmentWorkflow(
          getContainer()
        ).run({
          input: {
            order_id: order.orderId,
            status: 5,
            archidelivery_order_id: order.kitchenId,
          },
        })
        expect(result).toMatchObject({
          created: false,
          shipped: false,
          delivered: false,
        })
        expect((await orderGraph(order.orderId)).fulfillments).toEqual([])
      })
    })

    describe("GET /store/archidelivery/orders/:order_id/status", () => {
      async function customerOrder() {
        const container = getContainer()
        const owner = await createCustomerHeaders(container, store)
        const cart = await createCart(api, store, {
          items: [dish(1)],
          email: owner.customer.email!,
          headers: owner.headers,
        })
        const order = await checkout(
          api,
          store,
          cart.id,
          store.delivery_option_id,
          {
            headers: owner.headers,
          }
        )
        const service = container.resolve(ARCHIDELIVERY_MODULE) as any
        const [row] = await service.enqueueOrderSyncs([
          { order_id: order.id, display_id: order.display_id },
        ])
        const at = new Date("2026-01-15T12:30:00.000Z")
        await service.updateOrderSyncs({
          id: row.id,
          status: "sent",
          archidelivery_order_id: "9001",
          archidelivery_status: 4,
          archidelivery_status_label: "Готується",
          archidelivery_status_at: at,
        })
        return { owner, order, at }
      }

      it("shows the customer their own order's kitchen status", async () => {
        const { owner, order, at } = await customerOrder()
        const res = await api.get(
          `/store/archidelivery/orders/${order.id}/status`,
          {
            headers: owner.headers,
          }
        )
        expect(res.status).toBe(200)
        expect(res.data).toEqual({
          order_status: {
            order_id: order.id,
            display_id: order.display_id,
            queue_status: "sent",
            archidelivery_order_id: "9001",
            code: 4,
            label: "Готується",
            updated_at: at.toISOString(),
          },
        })
      })

      it("hides another customer's order behind a 404", async () => {
        const { order } = await customerOrder()
        const stranger = await createCustomerHeaders(getContainer(), store)
        const res = await api
          .get(`/store/archidelivery/orders/${order.id}/status`, {
            headers: stranger.headers,
          })
          .catch(failed)
        expect(res.status).toBe(404)
        expect(JSON.stringify(res.data)).not.toContain("9001")
      })

      it("answers 404 for an unknown order", async () => {
        const owner = await createCustomerHeaders(getContainer(), store)
        const res = await api
          .get("/store/archidelivery/orders/order_missing/status", {
            headers: owner.headers,
          })
          .catch(failed)
        expect(res.status).toBe(404)
      })

      it("refuses an unauthenticated request", async () => {
        const { order } = await customerOrder()
        const res = await api
          .get(`/store/archidelivery/orders/${order.id}/status`, {
            headers: store.headers,
          })
          .catch(failed)
        expect(res.status).toBe(401)
      })
    })
  },
})
