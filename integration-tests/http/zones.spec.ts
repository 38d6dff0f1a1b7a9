import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { archiDeliveryService } from "../../src/modules/archidelivery"
import { followOrderStatusesWorkflow } from "../../src/workflows/orders/follow-order-statuses"
import { enqueueOrderSyncsWorkflow } from "../../src/workflows/orders/enqueue-order-syncs"
import { drainOrderQueue } from "../../src/workflows/orders/drain-order-queue"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"
import {
  checkout,
  createCart,
  createStoreFixture,
  KYIV_ADDRESS,
  pay,
  type StoreFixture,
} from "../utils/store"

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { createEmulator } = require("../../emulator")

jest.setTimeout(300_000)

const square = (x0: number, y0: number, w: number, h: number) => [
  [x0, y0],
  [x0 + w, y0],
  [x0 + w, y0 + h],
  [x0, y0 + h],
  [x0, y0],
]

// The centre (point 5, on the main server) inside the suburbs (point 10, on
// a server of its own); past the suburbs there is no delivery.
const ZONES = [
  {
    id: "centre",
    name: "Centre",
    priority: 10,
    fee: 40,
    freeFrom: 300,
    pointId: "5",
    geometry: {
      type: "Polygon",
      coordinates: [square(30.45, 50.42, 0.1, 0.06)],
    },
  },
  {
    id: "suburbs",
    name: "Suburbs",
    priority: 1,
    fee: 90,
    minOrderAmount: 400,
    etaMinutes: 75,
    pointId: "10",
    geometry: { type: "Polygon", coordinates: [square(30.2, 50.3, 0.6, 0.3)] },
  },
]
const CENTRE = { lat: 50.45, lng: 30.5 }
const SUBURBS = { lat: 50.35, lng: 30.3 }
const OUTSIDE = { lat: 49.9, lng: 28.6 }

// The left-bank kitchen's own ArchiDelivery: started before the app boots so
// its URL is in the options.
const leftBank = createEmulator({ port: 0, controlPort: 0, host: "127.0.0.1" })
beforeAll(async () => {
  await leftBank.start()
  process.env.ARCHIDELIVERY_POINTS = JSON.stringify([
    { id: "5", name: "Поділ" },
    { id: "10", name: "Лівий берег", url: leftBank.url },
  ])
})
afterAll(() => leftBank.stop())

const emulator = useEmulator({
  env: {
    ARCHIDELIVERY_DELIVERY_FEE: "60",
    ARCHIDELIVERY_FREE_FROM: "800",
    ARCHIDELIVERY_MIN_ORDER: "0",
    ARCHIDELIVERY_PUSH_ON_PLACE: "off",
    ARCHIDELIVERY_ZONES: JSON.stringify(ZONES),
  },
})

const UK_OUTSIDE = /Ми не доставляємо за цією адресою/
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
    const at = (p: { lat: number; lng: number }) => ({
      ...KYIV_ADDRESS,
      metadata: { lat: p.lat, lng: p.lng },
    })

    beforeEach(async () => {
      leftBank.reset()
      store = await createStoreFixture(getContainer(), {
        prices: [100, 250, 45],
        archideliveryIds: ["101", "301", "401"],
        pickupPointId: "5",
      })
    })

    const calculate = async (cartId: string) => {
      const { data } = await api.post(
        `/store/shipping-options/${store.delivery_option_id}/calculate`,
        { cart_id: cartId },
        { headers: store.headers }
      )
      return data.shipping_option.amount
    }
    const choose = (cartId: string, optionId = store.delivery_option_id) =>
      api
        .post(
          `/store/carts/${cartId}/shipping-methods`,
          { option_id: optionId },
          { headers: store.headers }
        )
        .catch(failed)

    describe("prices", () => {
      it("charges each zone's fee and its free-from threshold", async () => {
        const centre = await createCart(api, store, {
          items: [dish(0)],
          shipping_address: at(CENTRE),
        })
        expect(await calculate(centre.id)).toBe(40)
        const centreFree = await createCart(api, store, {
          items: [dish(0, 3)],
          shipping_address: at(CENTRE),
        })
        expect(await calculate(centreFree.id)).toBe(0)
        // 250 × 2: past the centre's threshold, but the suburbs have none.
        const suburbs = await createCart(api, store, {
          items: [dish(1, 2)],
          shipping_address: at(SUBURBS),
        })
        expect(await calculate(suburbs.id)).toBe(90)
      })

      it("puts the price the cart showed on the order", async () => {
        const cart = await createCart(api, store, {
          items: [dish(1, 2)],
          shipping_address: at(SUBURBS),
        })
        expect(await calculate(cart.id)).toBe(90)
        const order = await checkout(
          api,
          store,
          cart.id,
          store.delivery_option_id
        )
        expect(order.shipping_total).toBe(90)
        expect(order.total).toBe(590)
      })
    })

    describe("refusals", () => {
      it("refuses the courier outside every zone, and keeps pickup", async () => {
        const cart = await createCart(api, store, {
          items: [dish(1, 2)],
          shipping_address: at(OUTSIDE),
        })
        const res = await choose(cart.id)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(UK_OUTSIDE)
        expect((await choose(cart.id, store.pickup_option_id)).status).toBe(200)
      })

      it("refuses the courier to an address with neither coordinates nor a listed city", async () => {
        const cart = await createCart(api, store, { items: [dish(1, 2)] })
        expect((await choose(cart.id)).status).toBe(400)
      })

      it("refuses at completion when the address moved out of every zone", async () => {
        const again = await createCart(api, store, {
          items: [dish(1, 2)],
          shipping_address: at(CENTRE),
        })
        expect((await choose(again.id)).status).toBe(200)
        await api.post(
          `/store/carts/${again.id}`,
          { shipping_address: at(OUTSIDE), locale: "en-GB" },
          { headers: store.headers }
        )
        await pay(api, store, again.id)
        const res = await api
          .post(
            `/store/carts/${again.id}/complete`,
            {},
            { headers: store.headers }
          )
          .catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/outside every delivery zone/)
      })

      it("applies each zone's minimum order", async () => {
        const suburbs = await createCart(api, store, {
          items: [dish(0)],
          shipping_address: at(SUBURBS),
        })
        const res = await choose(suburbs.id)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/400/)
        const centre = await createCart(api, store, {
          items: [dish(0)],
          shipping_address: at(CENTRE),
        })
        expect((await choose(centre.id)).status).toBe(200)
      })
    })

    describe("the order's kitchen", () => {
      const queueRow = async (orderId: string) => {
        const [row] = await archiDeliveryService(getContainer()).listOrderSyncs(
          { order_id: orderId }
        )
        return row
      }
      const place = async (
        address: Record<string, unknown>,
        optionId: string,
        items = [dish(1, 2)]
      ) => {
        const cart = await createCart(api, store, {
          items,
          shipping_address: address,
        })
        const order = await checkout(api, store, cart.id, optionId)
        await enqueueOrderSyncsWorkflow(getContainer()).run({
          input: { order_ids: [order.id] },
        })
        return order
      }

      it("records the zone's point, or the pickup point, on the queue row", async () => {
        const suburbs = await place(at(SUBURBS), store.delivery_option_id)
        const centre = await place(at(CENTRE), store.delivery_option_id)
        const pickup = await place(at(OUTSIDE), store.pickup_option_id)
        expect((await queueRow(suburbs.id)).point_id).toBe("10")
        expect((await queueRow(centre.id)).point_id).toBe("5")
        expect((await queueRow(pickup.id)).point_id).toBe("5")

        const { headers } = await createAdminHeaders(getContainer())
        const { data } = await api.get(
          `/admin/archidelivery/orders/${suburbs.id}`,
          { headers }
        )
        expect(data.order_sync.point_id).toBe("10")
      })

      it("pushes an order to its point's own server, and polls its status there", async () => {
        const suburbs = await place(at(SUBURBS), store.delivery_option_id)
        const centre = await place(at(CENTRE), store.delivery_option_id)
        await drainOrderQueue(getContainer(), { lockTimeoutSeconds: 30 })

        const marker = (o: { display_id: number }) => `#${o.display_id}`
        const comments = (e: any) =>
          e.state.orders.map((o: any) => String(o.params?.comment ?? ""))
        expect(
          comments(leftBank).some((c: string) => c.includes(marker(suburbs)))
        ).toBe(true)
        expect(
          comments(emulator).some((c: string) => c.includes(marker(suburbs)))
        ).toBe(false)
        expect(
          comments(emulator).some((c: string) => c.includes(marker(centre)))
        ).toBe(true)

        const row = await queueRow(suburbs.id)
        expect(row.status).toBe("sent")
        const kitchenId = row.archidelivery_order_id!
        expect(
          leftBank.state.orders.some((o: any) => String(o.id) === kitchenId)
        ).toBe(true)
        const before = leftBank.requests.length
        // Both servers numbered their first order 1001: not a reused id.
        expect(row.archidelivery_id_reused).toBe(false)
        await followOrderStatusesWorkflow(getContainer()).run({
          input: { limit: 50 },
        })
        expect(
          leftBank.requests
            .slice(before)
            .some((r: { method: string }) => r.method === "getorderdata")
        ).toBe(true)
      })
    })

    describe("admin API", () => {
      it("lists the zones and tests an address", async () => {
        const { headers } = await createAdminHeaders(getContainer())
        const list = await api.get("/admin/archidelivery/zones", { headers })
        expect(list.data.zones.map((z: any) => z.id)).toEqual([
          "centre",
          "suburbs",
        ])
        const inside = await api.post(
          "/admin/archidelivery/zones/test",
          SUBURBS,
          { headers }
        )
        expect(inside.data).toMatchObject({
          zone: { id: "suburbs" },
          fee: 90,
          free_from: null,
          min_order_amount: 400,
          point_id: "10",
        })
        const outside = await api.post(
          "/admin/archidelivery/zones/test",
          OUTSIDE,
          { headers }
        )
        expect(outside.data).toMatchObject({ zone: null, point_id: null })
        const bad = await api
          .post(
            "/admin/archidelivery/zones/test",
            { lat: 95, lng: 0 },
            { headers }
          )
          .catch(failed)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/lat/)
      })
    })
  },
})
