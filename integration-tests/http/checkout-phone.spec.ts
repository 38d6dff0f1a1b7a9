import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runOrderDrain } from "../../src/workflows/orders/drain-order-queue"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"
import {
  createQueuedOrders,
  emulatorOrdersFor,
  GUEST_ADDRESS,
} from "../utils/orders"
import {
  checkout,
  createCart,
  createStoreFixture,
  KYIV_ADDRESS,
  type StoreFixture,
} from "../utils/store"

jest.setTimeout(300_000)

const emulator = useEmulator({ env: { ARCHIDELIVERY_PUSH_ON_PLACE: "off" } })

const UK_MESSAGE =
  "Телефон в адресі доставки (shipping_address.phone) «12-34» — не номер, за яким можна зателефонувати: напишіть його як 093 123 45 67 або +380 93 123 45 67"
const EN_MESSAGE =
  'The phone in the shipping address (shipping_address.phone) "12-34" is not a phone number we can call: write it like 093 123 45 67 or +380 93 123 45 67'

const failed = (e: any) => {
  if (!e.response) {
    throw e
  }
  return e.response
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    beforeEach(async () => {
      store = await createStoreFixture(getContainer(), {
        prices: [250],
        archideliveryIds: ["101"],
      })
    })

    const cartWithPhone = (
      phone: string,
      extra: Record<string, unknown> = {}
    ) =>
      createCart(api, store, {
        items: [{ variant_id: store.dishes[0].variant_id, quantity: 1 }],
        shipping_address: { ...KYIV_ADDRESS, phone },
      }).then(async (cart) =>
        Object.keys(extra).length
          ? (
              await api.post(`/store/carts/${cart.id}`, extra, {
                headers: store.headers,
              })
            ).data.cart
          : cart
      )

    const complete = (cartId: string) =>
      checkout(api, store, cartId, store.delivery_option_id).catch(
        (e: Error) => e
      )

    it("refuses to complete a cart whose phone cannot be called, in Ukrainian, naming the field", async () => {
      const cart = await cartWithPhone("12-34")
      const res = await api
        .post(
          `/store/carts/${cart.id}/shipping-methods`,
          { option_id: store.delivery_option_id },
          { headers: store.headers }
        )
        .then(() =>
          api.post(
            "/store/payment-collections",
            { cart_id: cart.id },
            { headers: store.headers }
          )
        )
        .then(({ data: { payment_collection } }) =>
          api.post(
            `/store/payment-collections/${payment_collection.id}/payment-sessions`,
            { provider_id: "pp_system_default" },
            { headers: store.headers }
          )
        )
        .then(() =>
          api.post(
            `/store/carts/${cart.id}/complete`,
            {},
            { headers: store.headers }
          )
        )
        .catch(failed)
      expect(res.status).toBe(400)
      expect(res.data.message).toBe(UK_MESSAGE)
    })

    it("answers in English when the cart's locale is English", async () => {
      const cart = await cartWithPhone("12-34", { locale: "en-US" })
      const error = await complete(cart.id)
      expect(error).toBeInstanceOf(Error)
      expect(failed(error).data.message).toBe(EN_MESSAGE)
    })

    it.each([
      "093 123 45 67",
      "0931234567",
      "+380 93 123 4567",
      "(093) 123-45-67",
    ])("places the order with a phone written %j", async (phone) => {
      const cart = await cartWithPhone(phone)
      const order = await checkout(
        api,
        store,
        cart.id,
        store.delivery_option_id
      )
      expect(order.id).toMatch(/^order_/)
    })

    it("sends a placed order whose phone cannot be read as typed and flags it for the admin", async () => {
      const container = getContainer()
      // Placed another way than checkout (an admin's draft order, an import).
      const [order] = await createQueuedOrders(container, store, 1, {
        dishes: [0],
        address: { ...GUEST_ADDRESS, phone: "12-34 (вечір)" },
      })
      expect(await runOrderDrain(container)).toMatchObject({
        attempted: 1,
        sent: 1,
      })
      const [sent] = emulatorOrdersFor(emulator, order.display_id)
      expect(sent.params.phone).toBe("12-34 (вечір)")

      const { headers } = await createAdminHeaders(container)
      const {
        data: { order_sync },
      } = await api.get(`/admin/archidelivery/orders/${order.id}`, { headers })
      expect(order_sync.status).toBe("sent")
      expect(order_sync.attempts_log[0]).toMatchObject({
        outcome: "sent",
        warnings: [{ code: "phone_unusable", value: "12-34 (вечір)" }],
      })
      expect(order_sync.attempts_log[0].message).toContain(
        'phone "12-34 (вечір)" is not a valid phone number; sent as the customer typed it'
      )
    })
  },
})
