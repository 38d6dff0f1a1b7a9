import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { followOrderStatusesWorkflow } from "../../src/workflows/orders/follow-order-statuses"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"
import {
  archi,
  createOrder,
  createQueuedOrders,
  dueNow,
  emulatorOrdersFor,
  fastForward,
  linkDishes,
  queueOrders,
  syncRow,
} from "../utils/orders"
import {
  createCustomerHeaders,
  createStoreFixture,
  type StoreFixture,
} from "../utils/store"

jest.setTimeout(300_000)

const emulator = useEmulator({
  env: {
    ARCHIDELIVERY_REPLY_TIMEOUT_MS: "1500",
    ARCHIDELIVERY_CONNECT_TIMEOUT_MS: "1000",
  },
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let headers: Record<string, string>
    const container = () => getContainer()
    const sync = async () =>
      (await api.post("/admin/archidelivery/orders/sync", {}, { headers })).data
        .result
    const detail = async (orderId: string) =>
      (await api.get(`/admin/archidelivery/orders/${orderId}`, { headers }))
        .data.order_sync
    const outcomes = async (orderId: string) =>
      ((await detail(orderId)).attempts_log as { outcome: string }[]).map(
        (a) => a.outcome
      )
    const health = async () =>
      (await api.get("/admin/archidelivery/health", { headers })).data.health
    const neworders = () =>
      emulator.requests.filter((r) => r.method === "neworder")

    const follow = () =>
      followOrderStatusesWorkflow(container()).run({ input: { limit: 50 } })

    /** One order sent cleanly and its status read: the lookup gets its proof (or not). */
    const sendAndFollow = async () => {
      const [order] = await createQueuedOrders(container(), store, 1)
      expect((await sync()).sent).toBe(1)
      await follow()
      return order
    }

    /** An order whose neworder answered 5xx without committing. */
    const doubtful = async () => {
      await emulator.setFaults({ error_5xx: 1, methods: ["neworder"] })
      const [order] = await createQueuedOrders(container(), store, 1)
      expect(await sync()).toMatchObject({ attempted: 1, queued: 1 })
      await emulator.clearFaults()
      return order
    }

    beforeEach(async () => {
      store = await createStoreFixture(container())
      await linkDishes(container(), store)
      headers = (await createAdminHeaders(container())).headers
    })

    describe("the lookup proof", () => {
      it("is proven by the status follow-up and lets an absent order be resent", async () => {
        expect((await health()).lookup).toMatchObject({ proven: false })
        const first = await sendAndFollow()
        const proven = (await health()).lookup
        expect(proven).toMatchObject({ proven: true })
        expect(proven.reason).toContain(`#${first.display_id}`)
        expect(new Date(proven.proven_at).getTime()).toBeGreaterThan(
          Date.now() - 60_000
        )

        const order = await doubtful()
        await dueNow(container())
        await sync()
        expect((await detail(order.id)).last_error_kind).toBe(
          "reconcile_pending"
        )
        await fastForward(container())
        expect(await sync()).toMatchObject({ sent: 1 })
        expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(1)
      })

      it("hands an absent order to a person while the server does not list website orders", async () => {
        await emulator.setFaults({ hide_website_orders: true })
        await sendAndFollow()
        const lookup = (await health()).lookup
        expect(lookup).toMatchObject({ proven: false, proven_at: null })
        expect(lookup.reason).toContain("is not listed by getorderbypoint")

        const order = await doubtful()
        await emulator.setFaults({ hide_website_orders: true })
        await dueNow(container())
        await sync()
        await fastForward(container())
        expect(await sync()).toMatchObject({ needs_review: 1, sent: 0 })
        const row = await detail(order.id)
        expect(row.status).toBe("needs_review")
        expect(row.last_error).toContain("proves nothing")
        expect(row.last_error).toContain("is not listed by getorderbypoint")
        expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(0)
      })

      it("is not proven while getorderdata answers without COMMENT and PHONE", async () => {
        await emulator.setFaults({ order_data_blind: true })
        await sendAndFollow()
        const lookup = (await health()).lookup
        expect(lookup.proven).toBe(false)
        expect(lookup.reason).toContain("has no COMMENT")
      })

      it("is shown in the admin's health reply without losing the ping fields", async () => {
        const reply = await health()
        expect(reply).toMatchObject({ reachable: true })
        expect(Object.keys(reply.lookup).sort()).toEqual([
          "checked_at",
          "proven",
          "proven_at",
          "reason",
        ])
      })
    })

    describe("matching", () => {
      it("takes the row's own earlier attempt that holds an OrderId without looking up", async () => {
        await emulator.setFaults({ drop_after_commit: 1 })
        const [order] = await createQueuedOrders(container(), store, 1)
        await sync()
        await emulator.clearFaults()
        const [kept] = emulatorOrdersFor(emulator, order.display_id)
        const row = await syncRow(container(), order.id)
        // The reply was read and kept, but nothing after it was recorded.
        await archi(container()).createOrderAttempts({
          order_sync_id: row.id,
          outcome: "sent",
          request: { method: "neworder", params: {}, query: "" },
          reply: `<?xml version="1.0" encoding="windows-1251"?>\r\n<output>\r\n  <Results>\r\n    <Result>OK</Result>\r\n    <OrderId>${kept.id}</OrderId>\r\n  </Results>\r\n</output>\r\n`,
        } as any)
        await emulator.setFaults({ hide_website_orders: true })
        emulator.requests.length = 0
        await dueNow(container())
        expect(await sync()).toMatchObject({ sent: 1 })
        expect(await detail(order.id)).toMatchObject({
          status: "sent",
          archidelivery_order_id: String(kept.id),
        })
        expect(
          emulator.requests.filter((r) => r.method === "getorderbypoint")
        ).toHaveLength(0)
        expect(neworders()).toHaveLength(0)
      })

      it("counts the linked client as a match when the server reports the card's phone", async () => {
        const { customer } = await createCustomerHeaders(container(), store, {
          phone: "+380671234567",
        })
        await archi(container()).createClientLinks({
          customer_id: customer.id,
          archidelivery_client_id: "2105",
          phone: "+380632223344",
          status: "linked",
          linked_by: "admin",
          linked_at: new Date(),
        })
        await emulator.setFaults({ drop_after_commit: 1 })
        const order = await createOrder(container(), store, {
          customer_id: customer.id,
          email: customer.email!,
        })
        await queueOrders(container(), [order])
        await sync()
        await emulator.clearFaults()
        const [kept] = emulatorOrdersFor(emulator, order.display_id)
        expect(kept.params).toMatchObject({ type: "1", clientid: "2105" })
        // The back office shows the client card's phone, not the one sent.
        kept.params.phone = "380632223344"
        await dueNow(container())
        expect(await sync()).toMatchObject({ sent: 1 })
        expect(await detail(order.id)).toMatchObject({
          status: "sent",
          archidelivery_order_id: String(kept.id),
        })
        expect(neworders()).toHaveLength(1)
      })

      it("finds an order under an id an older row already holds (the back office's ids restarted)", async () => {
        const before = await createQueuedOrders(container(), store, 2)
        expect((await sync()).sent).toBe(2)
        await follow()
        // Its database restored: the next order gets an id a sent row holds.
        await emulator.reset()
        await emulator.setFaults({ drop_after_commit: 1 })
        const [order] = await createQueuedOrders(container(), store, 1)
        await sync()
        await emulator.clearFaults()
        const [kept] = emulatorOrdersFor(emulator, order.display_id)
        const held = (
          await Promise.all(before.map((o) => syncRow(container(), o.id)))
        ).find((r) => r.archidelivery_order_id === String(kept.id))
        expect(held).toBeDefined()

        for (let i = 0; i < 3; i++) {
          await fastForward(container())
          await sync()
        }
        expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(1)
        expect(neworders()).toHaveLength(1)
        const row = await detail(order.id)
        expect(row).toMatchObject({
          status: "sent",
          archidelivery_order_id: String(kept.id),
          last_error_kind: "archidelivery_id_reused",
        })
        expect(row.last_error).toContain(held!.order_id)
      })
    })

    describe("limits", () => {
      it("measures the grace period on the database's clock, not the app's", async () => {
        await sendAndFollow()
        const order = await doubtful()
        await dueNow(container())
        // This process runs ten minutes ahead of the database.
        const realNow = Date.now.bind(Date)
        const spy = jest
          .spyOn(Date, "now")
          .mockImplementation(() => realNow() + 10 * 60_000)
        try {
          await sync()
        } finally {
          spy.mockRestore()
        }
        expect((await detail(order.id)).last_error_kind).toBe(
          "reconcile_pending"
        )
        expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(0)
      })

      it("hands a row to a person after lookups that keep answering 5xx", async () => {
        await sendAndFollow()
        const order = await doubtful()
        await emulator.setFaults({ error_5xx: 1, methods: ["getorderbypoint"] })
        for (let i = 0; i < 4; i++) {
          await dueNow(container())
          expect(await sync()).toMatchObject({ queued: 1 })
        }
        await dueNow(container())
        expect(await sync()).toMatchObject({ needs_review: 1 })
        const row = await detail(order.id)
        expect(row.last_error).toContain("no usable answer to 5 look-ups")
        expect(row.last_error).toContain("HTTP 500")
        expect((await outcomes(order.id)).slice(0, 2)).toEqual([
          "needs_review",
          "reconcile_no_answer",
        ])
        expect(neworders()).toHaveLength(2)
      })

      it("sends a registered customer by name after client look-ups that keep answering 5xx", async () => {
        const { customer } = await createCustomerHeaders(container(), store, {
          phone: "+380671234567",
        })
        await emulator.setFaults({
          error_5xx: 1,
          methods: ["getclientbyphone"],
        })
        const order = await createOrder(container(), store, {
          customer_id: customer.id,
          email: customer.email!,
        })
        await queueOrders(container(), [order])
        for (let i = 0; i < 4; i++) {
          await dueNow(container())
          expect(await sync()).toMatchObject({ queued: 1 })
        }
        await dueNow(container())
        expect(await sync()).toMatchObject({ sent: 1 })
        const [sent] = emulatorOrdersFor(emulator, order.display_id)
        expect(sent.params.type).toBe("0")
        expect((await detail(order.id)).attempts_log[0].message).toContain(
          "sent by name"
        )
      })
    })

    describe("kitchen status", () => {
      it("polls least recently tried first, so failing reads do not starve the rest", async () => {
        const [a, b] = await createQueuedOrders(container(), store, 2)
        expect((await sync()).sent).toBe(2)
        // A's reads fail (the server refuses the id); A was sent first.
        const rowA = await syncRow(container(), a.id)
        await archi(container()).updateOrderSyncs({
          id: rowA.id,
          archidelivery_order_id: "x1",
          sent_at: new Date(Date.now() - 60_000),
        })
        for (let i = 0; i < 2; i++) {
          await followOrderStatusesWorkflow(container()).run({
            input: { limit: 1 },
          })
        }
        expect((await syncRow(container(), b.id)).archidelivery_status).toBe(12)
      })
    })
  },
})
