import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { reviewOutcome } from "../../src/lib/orders/outcomes"
import { runOrderDrain } from "../../src/workflows/orders/drain-order-queue"
import { recordOrderOutcomeWorkflow } from "../../src/workflows/orders/record-order-outcome"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"
import {
  archi,
  createQueuedOrders,
  emulatorOrdersFor,
  queueOrders,
  waitFor,
} from "../utils/orders"
import {
  createCart,
  createStoreFixture,
  KYIV_ADDRESS,
  pay,
  payAndComplete,
  type StoreFixture,
} from "../utils/store"

jest.setTimeout(600_000)

// Today in Kyiv: the pickup point is closed all day today and open tomorrow;
// the courier point (5) is open round the clock. So "closed" and "open" hold
// whatever the hour the suite runs at.
const kyivDay = (offsetDays: number) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Kyiv",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(Date.now() + offsetDays * 86_400_000))
const allWeek = (open: string, close: string) =>
  Object.fromEntries(
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [
      d,
      [{ open, close }],
    ])
  )

const emulator = useEmulator({
  env: {
    ARCHIDELIVERY_PUSH_ON_PLACE: "off",
    ARCHIDELIVERY_KITCHEN: JSON.stringify({
      hours: { weekly: allWeek("00:00", "24:00") },
      slotMinutes: 30,
      leadMinutes: 30,
      slotCapacity: 5,
      horizonDays: 2,
      offlineAfterMinutes: 10,
      offlineRefusesAsap: true,
      notify: {
        to: "kitchen-boss@example.com",
        adminUrl: "https://shop.example/app",
      },
    }),
    ARCHIDELIVERY_POINTS: JSON.stringify([
      {
        id: "10",
        name: "Кухня на Оболоні",
        hours: {
          weekly: allWeek("10:00", "22:00"),
          exceptions: [
            { date: kyivDay(-1), hours: [] },
            { date: kyivDay(0), hours: [] },
            { date: kyivDay(1), hours: [{ open: "00:00", close: "24:00" }] },
          ],
        },
      },
    ]),
  },
})

const failed = (e: any) => {
  if (!e?.response) {
    throw e
  }
  return e.response
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    beforeEach(async () => {
      store = await createStoreFixture(getContainer(), {
        prices: [250, 120],
        archideliveryIds: ["101"],
        pickupPointId: "10",
      })
    })

    const availabilityOf = async (cartId: string) =>
      (
        await api.get(`/store/archidelivery/availability?cart_id=${cartId}`, {
          headers: store.headers,
        })
      ).data.availability

    /** A cart with a dish, its shipping method and payment, ready to complete. */
    const readyCart = async (
      optionId: string,
      update: Record<string, unknown> = {}
    ) => {
      const cart = await createCart(api, store, {
        items: [{ variant_id: store.dishes[0].variant_id, quantity: 1 }],
        shipping_address: KYIV_ADDRESS,
      })
      if (Object.keys(update).length) {
        await api.post(`/store/carts/${cart.id}`, update, {
          headers: store.headers,
        })
      }
      await api.post(
        `/store/carts/${cart.id}/shipping-methods`,
        { option_id: optionId },
        { headers: store.headers }
      )
      return cart.id as string
    }

    const completeError = async (cartId: string) => {
      const res = await payAndComplete(api, store, cartId).catch(failed)
      expect(res.status).toBe(400)
      return res.data.message as string
    }

    const setState = async (body: Record<string, unknown>, point = "5") => {
      const { headers } = await createAdminHeaders(getContainer())
      return api.post(`/admin/archidelivery/points/${point}/state`, body, {
        headers,
      })
    }

    const notices = async (template: string) => {
      const n = getContainer().resolve(Modules.NOTIFICATION)
      return (await n.listNotifications({ template })) as {
        channel: string
        to: string
        status: string
        data: Record<string, any>
      }[]
    }

    it("lists the cart's slots and takes an order for one, sending time/timeend to the kitchen", async () => {
      const cartId = await readyCart(store.delivery_option_id)
      const a = await availabilityOf(cartId)
      expect(a).toMatchObject({
        point_id: "5",
        time_zone: "Europe/Kyiv",
        open: true,
        next_open_at: null,
        kitchen: { state: "online", delay_minutes: 0, until: null },
        asap: { available: true, eta_minutes: 45 },
      })
      expect(a.slots.length).toBeGreaterThan(40)
      const slot = a.slots[3]
      expect(slot.capacity_left).toBe(5)
      await api.post(
        `/store/carts/${cartId}`,
        {
          metadata: {
            delivery_time: slot.starts_at,
            delivery_time_end: slot.ends_at,
          },
        },
        { headers: store.headers }
      )
      const order = await payAndComplete(api, store, cartId)
      const after = await availabilityOf(
        await readyCart(store.delivery_option_id)
      )
      expect(
        after.slots.find((s: any) => s.starts_at === slot.starts_at)
      ).toMatchObject({ capacity_left: 4 })

      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [placed],
      } = await query.graph({
        entity: "order",
        fields: ["id", "display_id"],
        filters: { id: order.id },
      })
      await queueOrders(container, [placed])
      expect(await runOrderDrain(container)).toMatchObject({ sent: 1 })
      const [sent] = emulatorOrdersFor(emulator, placed.display_id)
      expect(sent.params.time).toBe(slot.starts_at)
      expect(sent.params.timeend).toBe(slot.ends_at)
    })

    it("refuses ASAP while the pickup point is closed, naming the next opening, in uk, en and ru", async () => {
      const cartId = await readyCart(store.pickup_option_id)
      const a = await availabilityOf(cartId)
      expect(a).toMatchObject({
        point_id: "10",
        open: false,
        asap: { available: false, eta_minutes: null, reason: "closed" },
      })
      expect(a.next_open_at).toEqual(expect.any(String))
      const opens = `${kyivDay(1)} 00:00`
      expect(await completeError(cartId)).toBe(
        `Кухня зараз зачинена, відкриється ${opens}: оберіть час доставки (metadata.delivery_time) або замовте пізніше`
      )
      const en = await readyCart(store.pickup_option_id, { locale: "en-US" })
      expect(await completeError(en)).toBe(
        `The kitchen is closed now and opens at ${opens}: choose a delivery time (metadata.delivery_time) or order later`
      )
      const ru = await readyCart(store.pickup_option_id, { locale: "ru" })
      expect(await completeError(ru)).toContain(
        `Кухня сейчас закрыта, откроется ${opens}`
      )
      // A slot tomorrow is fine.
      const later = await readyCart(store.pickup_option_id)
      const slot = a.slots[0]
      expect(slot.starts_at.startsWith(kyivDay(1))).toBe(true)
      await api.post(
        `/store/carts/${later}`,
        { metadata: { delivery_time: slot.starts_at } },
        { headers: store.headers }
      )
      expect((await payAndComplete(api, store, later)).id).toMatch(/^order_/)
    })

    it("refuses a malformed or unbookable delivery time", async () => {
      const bad = await readyCart(store.delivery_option_id, {
        metadata: { delivery_time: "завтра о сьомій" },
      })
      expect(await completeError(bad)).toBe(
        "Час доставки (metadata.delivery_time) має бути у вигляді РРРР-ММ-ДД ГГ:ХХ:СС, як у списку слотів"
      )
      const past = await readyCart(store.delivery_option_id, {
        locale: "en",
        metadata: { delivery_time: "2020-01-01 12:00:00" },
      })
      expect(await completeError(past)).toBe(
        "The chosen delivery time (metadata.delivery_time) can no longer be booked: choose another"
      )
    })

    it("adds the busy delay to the estimate and refuses ASAP while paused, but not a slot", async () => {
      const cartId = await readyCart(store.delivery_option_id)
      const busy = await setState({ state: "busy", delay_minutes: 20 })
      expect(busy.data.point_state).toMatchObject({
        point_id: "5",
        state: "busy",
        delay_minutes: 20,
        until: null,
      })
      expect((await availabilityOf(cartId)).asap).toEqual({
        available: true,
        eta_minutes: 65,
        reason: null,
      })
      const until = new Date(Date.now() + 3_600_000).toISOString()
      await setState({ state: "paused", until })
      const a = await availabilityOf(cartId)
      expect(a.kitchen).toMatchObject({ state: "paused", until })
      expect(a.asap).toMatchObject({ available: false, reason: "paused" })
      expect(await completeError(cartId)).toBe(
        "Кухня тимчасово не приймає замовлень на найближчий час: оберіть час доставки (metadata.delivery_time)"
      )
      await api.post(
        `/store/carts/${cartId}`,
        { metadata: { delivery_time: a.slots[0].starts_at } },
        { headers: store.headers }
      )
      expect((await payAndComplete(api, store, cartId)).id).toMatch(/^order_/)

      const { headers } = await createAdminHeaders(getContainer())
      const { data } = await api.get("/admin/archidelivery/points", { headers })
      expect(data.points.find((p: any) => p.id === "5")).toMatchObject({
        kitchen: { state: "paused", until },
        point_state: { state: "paused" },
      })
      expect(data.points.find((p: any) => p.id === "10").hours).toBeTruthy()
      const refused = await setState({ state: "sleepy" }).catch(failed)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("state")
      const unknown = await setState({ state: "online" }, "999").catch(failed)
      expect(unknown.status).toBe(404)
    })

    it("takes opening hours set in the admin over the options, and goes back to them", async () => {
      const cartId = await readyCart(store.delivery_option_id)
      const { headers } = await createAdminHeaders(getContainer())
      const closedToday = {
        weekly: allWeek("00:00", "24:00"),
        exceptions: [
          { date: kyivDay(-1), hours: [] },
          { date: kyivDay(0), hours: [], note: "Свято" },
        ],
      }
      const { data } = await api.post(
        "/admin/archidelivery/points/5/hours",
        { hours: closedToday },
        { headers }
      )
      expect(data.point).toMatchObject({
        id: "5",
        hours_source: "settings",
        hours: { exceptions: [{ date: kyivDay(-1) }, { note: "Свято" }] },
      })
      expect(await availabilityOf(cartId)).toMatchObject({
        open: false,
        asap: { available: false, reason: "closed" },
      })
      const bad = await api
        .post(
          "/admin/archidelivery/points/5/hours",
          { hours: { weekly: { mon: [{ open: "25:00", close: "10:00" }] } } },
          { headers }
        )
        .catch(failed)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("a time HH:MM such as 10:00")
      await api.post(
        "/admin/archidelivery/points/5/hours",
        { hours: null },
        { headers }
      )
      expect(await availabilityOf(cartId)).toMatchObject({ open: true })
      // The state set before stays: hours and state are changed apart.
      await setState({ state: "busy", delay_minutes: 5 })
      await api.post(
        "/admin/archidelivery/points/5/hours",
        { hours: closedToday },
        { headers }
      )
      expect((await availabilityOf(cartId)).kitchen).toMatchObject({
        state: "busy",
        delay_minutes: 5,
      })
    })

    it("fifty concurrent checkouts on a slot with five seats: exactly five orders", async () => {
      const first = await readyCart(store.delivery_option_id)
      const slot = (await availabilityOf(first)).slots[6]
      const carts: string[] = [first]
      for (let i = 1; i < 50; i++) {
        carts.push(await readyCart(store.delivery_option_id))
      }
      for (const id of carts) {
        await api.post(
          `/store/carts/${id}`,
          { metadata: { delivery_time: slot.starts_at } },
          { headers: store.headers }
        )
        await pay(api, store, id)
      }
      const results = await Promise.all(
        carts.map((id) =>
          api
            .post(`/store/carts/${id}/complete`, {}, { headers: store.headers })
            .then((r) => r.data)
            .catch(failed)
        )
      )
      const placed = results.filter((r: any) => r.type === "order")
      const refused = results.filter((r: any) => r.status === 400)
      expect(placed).toHaveLength(5)
      expect(refused).toHaveLength(45)
      for (const r of refused) {
        expect(r.data.message).toBe(
          "На обраний час доставки (metadata.delivery_time) більше немає місць: оберіть інший"
        )
      }
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const seats = await db("archidelivery_slot_booking").where({
        slot_start: slot.starts_at,
      })
      expect(seats).toHaveLength(5)
      const left = await availabilityOf(
        await readyCart(store.delivery_option_id)
      )
      expect(left.slots[6]).toMatchObject({ capacity_left: 0 })
    })

    it("gives the seat back when the completion fails after taking it", async () => {
      const cartId = await readyCart(store.delivery_option_id)
      const slot = (await availabilityOf(cartId)).slots[8]
      await api.post(
        `/store/carts/${cartId}`,
        { metadata: { delivery_time: slot.starts_at } },
        { headers: store.headers }
      )
      await pay(api, store, cartId)
      // The payment session's authorization is the last step: make it fail.
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await db.raw(
        `CREATE OR REPLACE FUNCTION archidelivery_test_refuse() RETURNS trigger AS $$
         BEGIN RAISE EXCEPTION 'payment refused by the test'; END $$ LANGUAGE plpgsql`
      )
      await db.raw(
        `CREATE TRIGGER archidelivery_test_refuse BEFORE INSERT ON payment
         FOR EACH ROW EXECUTE FUNCTION archidelivery_test_refuse()`
      )
      try {
        const res = await api
          .post(
            `/store/carts/${cartId}/complete`,
            {},
            { headers: store.headers }
          )
          .catch(failed)
        // Medusa answers a failed authorization with the cart and the error.
        expect(res.data.type).not.toBe("order")
      } finally {
        await db.raw(`DROP TRIGGER archidelivery_test_refuse ON payment`)
      }
      await waitFor("the seat given back", async () => {
        const rows = await db("archidelivery_slot_booking").where({
          cart_id: cartId,
        })
        return rows.length === 0
      })
      // Paid this time: the order takes the seat.
      const order = await api
        .post(`/store/carts/${cartId}/complete`, {}, { headers: store.headers })
        .then((r) => r.data)
      expect(order.type).toBe("order")
      const seats = await db("archidelivery_slot_booking").where({
        cart_id: cartId,
      })
      expect(seats).toMatchObject([{ slot_start: slot.starts_at, seat: 1 }])
    })

    it("records an outage from the drain's ping, refuses ASAP once offline, and tells staff when it starts and ends", async () => {
      const container = getContainer()
      const cartId = await readyCart(store.delivery_option_id)
      await emulator.setFaults({ unreachable: true })
      await runOrderDrain(container)
      const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const [outage] = await db("archidelivery_kitchen_outage").whereNull(
        "ended_at"
      )
      expect(outage).toBeTruthy()
      // Not offline yet: the outage is younger than offlineAfterMinutes.
      expect((await availabilityOf(cartId)).kitchen.state).toBe("online")
      await db.raw(
        `UPDATE archidelivery_kitchen_outage SET started_at = now() - interval '15 minutes'`
      )
      await runOrderDrain(container)
      const a = await availabilityOf(cartId)
      expect(a.kitchen).toMatchObject({ state: "offline" })
      expect(a.kitchen.offline_since).toEqual(expect.any(String))
      expect(a.asap).toMatchObject({ available: false, reason: "offline" })
      expect(await completeError(cartId)).toBe(
        "Кухня зараз недоступна: оберіть час доставки (metadata.delivery_time) або спробуйте пізніше"
      )
      const { headers } = await createAdminHeaders(container)
      const { data } = await api.get("/admin/archidelivery/points", { headers })
      expect(data.outage).toMatchObject({ offline: true })
      expect(data.outage.started_at).toBe(a.kitchen.offline_since)

      const offline = await waitFor("offline notices", async () => {
        const n = await notices("archidelivery-kitchen-offline")
        return n.length === 2 && n
      })
      expect(offline.map((n) => n.channel).sort()).toEqual(["email", "feed"])
      expect(offline.find((n) => n.channel === "email")).toMatchObject({
        to: "kitchen-boss@example.com",
        status: "success",
      })
      expect(offline[0].data.description).toContain("Check the kitchen's PC")
      expect(offline[0].data.url).toBe(
        "https://shop.example/app/settings/archidelivery"
      )

      await emulator.clearFaults()
      await runOrderDrain(container)
      expect((await availabilityOf(cartId)).kitchen.state).toBe("online")
      const online = await waitFor("online notices", async () => {
        const n = await notices("archidelivery-kitchen-online")
        return n.length === 2 && n
      })
      expect(online[0].data.title).toBe(
        "The kitchen's ArchiDelivery answers again"
      )
    })

    it("tells staff about a failed order, one cancelled after the kitchen got it and one for a person, with a link", async () => {
      const container = getContainer()
      // Dish 2 is linked to nothing in ArchiDelivery: the push fails.
      const [bad] = await createQueuedOrders(container, store, 1, {
        dishes: [1],
      })
      const [good] = await createQueuedOrders(container, store, 1, {
        dishes: [0],
      })
      await runOrderDrain(container)
      const failedNotices = await waitFor("failed notices", async () => {
        const n = await notices("archidelivery-order-failed")
        return n.length === 2 && n
      })
      expect(failedNotices[0].data).toMatchObject({
        order_id: bad.id,
        url: `https://shop.example/app/orders/${bad.id}`,
        title: `Order #${bad.display_id} did not reach the kitchen`,
      })
      expect(failedNotices[0].data.description).toContain("press Retry")

      await cancelOrderWorkflow(container).run({
        input: { order_id: good.id },
      })
      const cancelled = await waitFor("cancel notices", async () => {
        const n = await notices("archidelivery-order-cancelled-after-sent")
        return n.length === 2 && n
      })
      expect(cancelled[0].data.title).toBe(
        `Order #${good.display_id} was cancelled after the kitchen got it`
      )
      expect(cancelled[0].data.url).toBe(
        `https://shop.example/app/orders/${good.id}`
      )
      expect(cancelled[0].data.description).toContain("phone the kitchen now")

      // A push that broke mid-way is parked for a person (as the drain does).
      const [doubtful] = await createQueuedOrders(container, store, 1, {
        dishes: [0],
      })
      const [claimed] = await archi(container).claimDueOrderSyncs({
        limit: 1,
        leaseSeconds: 60,
        owner: "kitchen-test",
        orderIds: [doubtful.id],
      })
      await recordOrderOutcomeWorkflow(container).run({
        input: {
          order_sync: claimed as any,
          outcome: reviewOutcome("the kitchen may have it", []),
        },
      })
      const review = await waitFor("needs_review notices", async () => {
        const n = await notices("archidelivery-order-needs-review")
        return n.length === 2 && n
      })
      expect(review[0].data).toMatchObject({
        order_id: doubtful.id,
        title: `Order #${doubtful.display_id} needs a person`,
      })
      expect(review[0].data.description).toContain("the kitchen may have it")
    })
  },
})
