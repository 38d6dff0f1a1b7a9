import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import pushOrdersJob from "../../src/jobs/archidelivery-push-orders"
import followOrderStatusJob from "../../src/jobs/archidelivery-follow-order-status"
import { followOrderStatusesWorkflow } from "../../src/workflows/orders/follow-order-statuses"
import { pushOrderWorkflow } from "../../src/workflows/orders/push-order"
import { toClaimed } from "../../src/lib/orders/claim"
import { loadOrdersForPush } from "../../src/workflows/orders/load-orders-for-push"
import {
  drainOrderQueue,
  runOrderDrain,
} from "../../src/workflows/orders/drain-order-queue"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"
import {
  archi,
  createOrder,
  createQueuedOrders,
  dueNow,
  emulatorOrdersFor,
  fastForward,
  GUEST_ADDRESS,
  linkDishes,
  queueOrders,
  syncRow,
  syncRows,
  waitFor,
} from "../utils/orders"
import {
  checkout,
  createCart,
  createCustomerHeaders,
  createStoreFixture,
  type StoreFixture,
} from "../utils/store"

jest.setTimeout(300_000)

// A short reply timeout makes "slower than the timeout" cheap to provoke.
const emulator = useEmulator({
  env: {
    ARCHIDELIVERY_REPLY_TIMEOUT_MS: "1500",
    ARCHIDELIVERY_CONNECT_TIMEOUT_MS: "1000",
  },
})

const failed = (e: any) => {
  if (!e.response) {
    throw e
  }
  return e.response
}

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

    beforeEach(async () => {
      store = await createStoreFixture(container())
      await linkDishes(container(), store)
      headers = (await createAdminHeaders(container())).headers
    })

    describe("admin routes", () => {
      it("refuse unauthenticated requests", async () => {
        const routes: [string, string][] = [
          ["get", "/admin/archidelivery/orders"],
          ["get", "/admin/archidelivery/orders/stats"],
          ["get", "/admin/archidelivery/orders/order_1"],
          ["post", "/admin/archidelivery/orders/order_1/retry"],
          ["post", "/admin/archidelivery/orders/order_1/resolve"],
          ["post", "/admin/archidelivery/orders/sync"],
          ["get", "/admin/archidelivery/health"],
        ]
        emulator.requests.length = 0
        for (const [method, url] of routes) {
          const res = await (
            method === "get" ? api.get(url) : api.post(url, {})
          ).catch(failed)
          expect([url, res.status]).toEqual([url, 401])
        }
        expect(emulator.requests).toHaveLength(0)
      })

      it("answer 400 naming the field and 404 for orders never queued", async () => {
        const bad = await api
          .get("/admin/archidelivery/orders?status=lost", { headers })
          .catch(failed)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("status")
        const limit = await api
          .get("/admin/archidelivery/orders?limit=0", { headers })
          .catch(failed)
        expect(limit.status).toBe(400)
        expect(limit.data.message).toContain("limit")

        for (const res of [
          await api
            .get("/admin/archidelivery/orders/order_missing", { headers })
            .catch(failed),
          await api
            .post(
              "/admin/archidelivery/orders/order_missing/retry",
              {},
              { headers }
            )
            .catch(failed),
          await api
            .post(
              "/admin/archidelivery/orders/order_missing/resolve",
              { archidelivery_order_id: "1001" },
              { headers }
            )
            .catch(failed),
        ]) {
          expect(res.status).toBe(404)
          expect(res.data.message).toContain("order_missing")
          // The code lets the admin say it in the user's language.
          expect(res.data.code).toBe("order_not_queued")
        }

        const order = await createOrder(container(), store)
        await queueOrders(container(), [order])
        const noId = await api
          .post(
            `/admin/archidelivery/orders/${order.id}/resolve`,
            {},
            { headers }
          )
          .catch(failed)
        expect(noId.status).toBe(400)
        expect(noId.data.message).toContain("archidelivery_order_id")
        const word = await api
          .post(
            `/admin/archidelivery/orders/${order.id}/resolve`,
            { archidelivery_order_id: "abc" },
            { headers }
          )
          .catch(failed)
        expect(word.status).toBe(400)
        expect(word.data.message).toContain("archidelivery_order_id")
        const queued = await api
          .post(
            `/admin/archidelivery/orders/${order.id}/retry`,
            {},
            { headers }
          )
          .catch(failed)
        expect(queued.status).toBe(400)
        expect(queued.data.message).toContain("status: the order is queued")
        expect(queued.data).toMatchObject({
          code: "retry_refused",
          params: { status: "queued" },
        })
      })

      it("report health, stats and the queue list", async () => {
        const health = (
          await api.get("/admin/archidelivery/health", { headers })
        ).data.health
        expect(health).toMatchObject({ reachable: true, version: "1.5.8.0" })
        expect(typeof health.latency_ms).toBe("number")
        expect(Object.keys(health)[0]).toBe("reachable")

        await emulator.setFaults({ unreachable: true })
        const down = (await api.get("/admin/archidelivery/health", { headers }))
          .data.health
        expect(down.reachable).toBe(false)
        expect(down.error).toMatch(/refused/)
        expect(JSON.stringify(down)).not.toContain(emulator.url)
        await emulator.clearFaults()

        const orders = await createQueuedOrders(container(), store, 3)
        const stats = (
          await api.get("/admin/archidelivery/orders/stats", { headers })
        ).data
        expect(stats).toEqual({
          counts: {
            queued: 3,
            sending: 0,
            sent: 0,
            failed: 0,
            needs_review: 0,
            cancelled: 0,
          },
        })

        const page = (
          await api.get(
            "/admin/archidelivery/orders?status=queued&offset=1&limit=1",
            { headers }
          )
        ).data
        expect(Object.keys(page)[0]).toBe("order_syncs")
        expect(page).toMatchObject({ count: 3, offset: 1, limit: 1 })
        expect(page.order_syncs).toHaveLength(1)
        expect(orders.map((o) => o.id)).toContain(page.order_syncs[0].order_id)
        const none = (
          await api.get("/admin/archidelivery/orders?status=sent", { headers })
        ).data
        expect(none).toMatchObject({
          order_syncs: [],
          count: 0,
          offset: 0,
          limit: 20,
        })
      })
    })

    describe("pushing", () => {
      it("sends a guest order by name with Cyrillic intact in CP1251 and logs the attempt", async () => {
        const order = await createOrder(container(), store, {
          metadata: {
            comment: "Без цибулі, будь ласка",
            persons: 3,
            delivery_time: "2030-05-01 18:30",
          },
        })
        await queueOrders(container(), [order])
        expect(await sync()).toEqual({
          attempted: 1,
          sent: 1,
          queued: 0,
          failed: 0,
          needs_review: 0,
        })

        const [sent] = emulatorOrdersFor(emulator, order.display_id)
        expect(sent.params).toMatchObject({
          type: "0",
          client: "Коваленко Олена",
          phone: "380937654321",
          mail: "olena@example.com",
          email: "olena@example.com",
          cityname: "Київ",
          street: "вул. Саксаганського",
          home: "41",
          room: "12",
          frontdoor: "2",
          level: "5",
          doorphone: "1",
          flatwarecount: "3",
          comment: `Домофон: 12К; Без цибулі, будь ласка #${order.display_id}`,
          time: "2030-05-01 18:30:00",
          ordertype: "3",
          order: "101#1,301#2",
        })
        const request = emulator.requests.find((r) => r.method === "neworder")!
        // «Коваленко» in CP1251 bytes, as the vendor's example URL writes names.
        expect(request.query).toContain("client=%CA%EE%E2%E0%EB%E5%ED%EA%EE")

        const row = await detail(order.id)
        expect(row).toMatchObject({
          order_id: order.id,
          display_id: order.display_id,
          status: "sent",
          attempts: 1,
          archidelivery_order_id: String(sent.id),
          last_error: null,
        })
        expect(Object.keys(row)[0]).toBe("order_id")
        expect(row.attempts_log).toHaveLength(1)
        expect(row.attempts_log[0]).toMatchObject({
          outcome: "sent",
          http_status: 200,
        })
        expect(row.attempts_log[0].request).toMatchObject({
          method: "neworder",
          params: { client: "Коваленко Олена" },
        })
        expect(row.attempts_log[0].reply).toContain(
          `<OrderId>${sent.id}</OrderId>`
        )
        expect(JSON.stringify(row)).not.toContain(emulator.url)
      })

      it("sends a registered customer's linked client by id", async () => {
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
        const order = await createOrder(container(), store, {
          customer_id: customer.id,
          email: customer.email!,
        })
        await queueOrders(container(), [order])
        expect((await sync()).sent).toBe(1)
        const [sent] = emulatorOrdersFor(emulator, order.display_id)
        expect(sent.params).toMatchObject({ type: "1", clientid: "2105" })
        expect(sent.params.client).toBeUndefined()
        expect(
          emulator.requests.filter((r) => r.method === "getclientbyphone")
        ).toHaveLength(0)
      })

      it("finds a registered customer's client by phone, chooses deterministically and stores the link", async () => {
        const { customer } = await createCustomerHeaders(container(), store)
        // Two clients (2102, 2103) share this phone in the emulator.
        const order = await createOrder(container(), store, {
          customer_id: customer.id,
          email: customer.email!,
          address: { ...GUEST_ADDRESS, phone: "050 111 22 33" },
        })
        await queueOrders(container(), [order])
        expect((await sync()).sent).toBe(1)
        const [sent] = emulatorOrdersFor(emulator, order.display_id)
        expect(sent.params).toMatchObject({
          type: "1",
          clientid: "2102",
          phone: "380501112233",
        })
        const [link] = await archi(container()).listClientLinks({
          customer_id: customer.id,
        })
        expect(link).toMatchObject({
          archidelivery_client_id: "2102",
          status: "linked",
          linked_by: "order",
          ambiguous: true,
          candidates: ["2102", "2103"],
          phone: "+380501112233",
        })
      })

      it("sends a registered customer ArchiDelivery does not know by name", async () => {
        const { customer } = await createCustomerHeaders(container(), store)
        const order = await createOrder(container(), store, {
          customer_id: customer.id,
          email: customer.email!,
        })
        await queueOrders(container(), [order])
        const clientsBefore = emulator.state.clients.length
        expect((await sync()).sent).toBe(1)
        const [sent] = emulatorOrdersFor(emulator, order.display_id)
        expect(sent.params).toMatchObject({
          type: "0",
          client: "Коваленко Олена",
        })
        expect(
          emulator.requests.some((r) => r.method === "getclientbyphone")
        ).toBe(true)
        expect(emulator.state.clients.length).toBe(clientsBefore + 1)
        expect(
          await archi(container()).listClientLinks({ customer_id: customer.id })
        ).toHaveLength(0)
      })

      it("fails an order with an item that has no ArchiDelivery id, naming it, and retries it on request", async () => {
        const order = await createOrder(container(), store, { dishes: [0, 1] })
        await archi(container()).deleteProductLinks(
          (
            await archi(container()).listProductLinks({
              archidelivery_id: "301",
            })
          ).map((l) => l.id)
        )
        await queueOrders(container(), [order])
        expect(await sync()).toMatchObject({ attempted: 1, failed: 1, sent: 0 })
        expect(emulator.state.orders.filter((o) => o.id > 1000)).toHaveLength(0)
        const row = await detail(order.id)
        expect(row.status).toBe("failed")
        expect(row.last_error).toContain(`items[1] "${store.dishes[1].title}`)
        expect(row.last_error).toContain("no ArchiDelivery menu id")
        // The same problem as a code with its parameters, for the admin's words.
        const problem = {
          code: "not_on_menu",
          params: {
            item: expect.stringContaining(store.dishes[1].title),
            variant_id: store.dishes[1].variant_id,
          },
        }
        expect(row.last_error_problems).toEqual([problem])
        expect(row.attempts_log[0]).toMatchObject({
          outcome: "invalid_data",
          request: null,
          problems: [problem],
        })

        const dish = store.dishes[1]
        await archi(container()).createProductLinks({
          archidelivery_id: "302",
          product_id: dish.product_id,
          variant_id: dish.variant_id,
          imported_name: dish.title,
          imported_price: dish.price,
          imported_at: new Date(),
        })
        const retried = await api.post(
          `/admin/archidelivery/orders/${order.id}/retry`,
          {},
          { headers }
        )
        expect(retried.data.order_sync.attempts_log[0]).toMatchObject({
          outcome: "manual_retry",
        })
        // The retry queues the order and push-on-place sends it.
        await waitFor(
          "the retried order in the kitchen",
          () => emulatorOrdersFor(emulator, order.display_id).length
        )
        const [sent] = emulatorOrdersFor(emulator, order.display_id)
        expect(sent.params.order).toBe("101#1,302#2")
        expect(
          await waitFor(
            "sent",
            async () => (await syncRow(container(), order.id)).status === "sent"
          )
        )
        const again = await api
          .post(
            `/admin/archidelivery/orders/${order.id}/retry`,
            {},
            { headers }
          )
          .catch(failed)
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("status: the order is sent")
        expect(again.data).toMatchObject({
          code: "retry_refused",
          params: { status: "sent" },
        })
      })
    })

    describe("outcomes", () => {
      const attemptsOf = async (orderId: string) =>
        ((await detail(orderId)).attempts_log as { outcome: string }[]).map(
          (a) => a.outcome
        )

      it("waits while ArchiDelivery is unreachable and sends everything on the first run it answers", async () => {
        const [a, b] = await createQueuedOrders(container(), store, 2)
        await emulator.setFaults({ unreachable: true })

        // A send that cannot connect: queued again with a backoff.
        const [claimed] = await archi(container()).claimDueOrderSyncs({
          limit: 1,
          leaseSeconds: 60,
          owner: "test-owner",
          orderIds: [a.id],
        })
        const data = (await loadOrdersForPush(container(), [a.id])).get(a.id)!
        const { result } = await pushOrderWorkflow(container()).run({
          input: {
            order_sync: toClaimed(claimed),
            owner: "test-owner",
            claimed_at: Date.now(),
            ...data,
          },
        })
        expect(result.status).toBe("queued")
        const backedOff = await detail(a.id)
        expect(backedOff).toMatchObject({
          status: "queued",
          attempts: 1,
          last_error_kind: "unreachable",
        })
        expect(new Date(backedOff.next_attempt_at).getTime()).toBeGreaterThan(
          Date.now() + 5_000
        )
        expect(backedOff.attempts_log[0]).toMatchObject({
          outcome: "unreachable",
          message: "connection refused",
        })

        // A drain whose ping fails attempts nothing and counts no attempt.
        expect(await sync()).toEqual({
          attempted: 0,
          sent: 0,
          queued: 2,
          failed: 0,
          needs_review: 0,
        })
        for (const [order, attempts] of [
          [a, 1],
          [b, 0],
        ] as const) {
          expect(await detail(order.id)).toMatchObject({
            status: "queued",
            attempts,
            last_error_kind: "ping_failed",
          })
        }

        await emulator.clearFaults()
        expect(await sync()).toEqual({
          attempted: 2,
          sent: 2,
          queued: 0,
          failed: 0,
          needs_review: 0,
        })
        expect(emulatorOrdersFor(emulator, a.display_id)).toHaveLength(1)
        expect(emulatorOrdersFor(emulator, b.display_id)).toHaveLength(1)
      })

      it("fails refused orders with ArchiDelivery's words verbatim", async () => {
        await emulator.setFaults({ warn_no_order_id: 1 })
        const [warned] = await createQueuedOrders(container(), store, 1)
        expect(await sync()).toMatchObject({ attempted: 1, failed: 1 })
        const row = await detail(warned.id)
        expect(row.status).toBe("failed")
        expect(row.last_error).toContain(
          "Не получены данные с генераторов по заказу"
        )
        expect(row.attempts_log[0]).toMatchObject({
          outcome: "rejected",
          http_status: 200,
        })
        expect(row.attempts_log[0].reply).toContain("<Warn>")
        expect(emulator.state.orders.filter((o) => o.id > 1000)).toHaveLength(0)
        await emulator.clearFaults()

        // The third dish now points at a menu row the kitchen has switched off.
        const [link] = await archi(container()).listProductLinks({
          product_id: store.dishes[2].product_id,
        })
        await archi(container()).updateProductLinks({
          id: link.id,
          archidelivery_id: "113",
        })
        const [inactive] = await createQueuedOrders(container(), store, 1, {
          dishes: [0, 2],
        })
        expect(await sync()).toMatchObject({ attempted: 1, failed: 1 })
        const refused = await detail(inactive.id)
        expect(refused.last_error).toContain("недоступно для заказа")
        expect(refused.last_error_kind).toBe("rejected")
      })

      it("finds an order whose reply was lost after commit instead of sending it again", async () => {
        await emulator.setFaults({ drop_after_commit: 1 })
        const [order] = await createQueuedOrders(container(), store, 1)
        expect(await sync()).toMatchObject({ attempted: 1, queued: 1, sent: 0 })
        expect(await detail(order.id)).toMatchObject({
          status: "queued",
          reconcile: true,
          last_error_kind: "unknown_outcome",
        })
        expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(1)

        await emulator.clearFaults()
        await dueNow(container())
        expect(await sync()).toMatchObject({ attempted: 1, sent: 1 })
        const [kept] = emulatorOrdersFor(emulator, order.display_id)
        expect(await detail(order.id)).toMatchObject({
          status: "sent",
          reconcile: false,
          archidelivery_order_id: String(kept.id),
        })
        expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(1)
        expect(
          emulator.requests.filter((r) => r.method === "neworder")
        ).toHaveLength(1)
        expect(await attemptsOf(order.id)).toEqual([
          "reconciled_found",
          "unknown_outcome",
        ])
      })

      it("resends a 5xx order only after the grace period has proven it absent", async () => {
        // The follow-up finding a sent order proves the lookup "absent" rests on.
        await createQueuedOrders(container(), store, 1)
        expect((await sync()).sent).toBe(1)
        await followOrderStatusesWorkflow(container()).run({
          input: { limit: 50 },
        })
        await emulator.setFaults({ error_5xx: 1, methods: ["neworder"] })
        const [order] = await createQueuedOrders(container(), store, 1)
        expect(await sync()).toMatchObject({ attempted: 1, queued: 1 })
        expect(await detail(order.id)).toMatchObject({
          reconcile: true,
          last_error: "HTTP 500 from the server",
        })
        await emulator.clearFaults()

        // Absent, but a slow server might still commit it: wait.
        await dueNow(container())
        expect(await sync()).toMatchObject({ attempted: 1, queued: 1, sent: 0 })
        const waiting = await detail(order.id)
        expect(waiting).toMatchObject({
          status: "queued",
          reconcile: true,
          last_error_kind: "reconcile_pending",
        })
        expect(new Date(waiting.next_attempt_at).getTime()).toBeGreaterThan(
          Date.now() + 30_000
        )
        expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(0)

        await fastForward(container())
        expect(await sync()).toMatchObject({ attempted: 1, sent: 1 })
        expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(1)
        expect(await attemptsOf(order.id)).toEqual([
          "sent",
          "reconciled_absent",
          "reconcile_pending",
          "unknown_outcome",
        ])
      })

      it("reconciles a reply slower than the timeout once the server has committed it", async () => {
        await emulator.setFaults({ latency_ms: 2500, methods: ["neworder"] })
        const [order] = await createQueuedOrders(container(), store, 1)
        expect(await sync()).toMatchObject({ attempted: 1, queued: 1 })
        expect((await detail(order.id)).last_error).toContain(
          "no complete reply within 1500 ms"
        )
        await waitFor(
          "the slow server to commit",
          () => emulatorOrdersFor(emulator, order.display_id).length
        )
        await emulator.clearFaults()
        await dueNow(container())
        expect(await sync()).toMatchObject({ attempted: 1, sent: 1 })
        const [kept] = emulatorOrdersFor(emulator, order.display_id)
        expect((await detail(order.id)).archidelivery_order_id).toBe(
          String(kept.id)
        )
        expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(1)
      })

      it("hands an undecidable order to a person, who resolves it", async () => {
        const [other] = await createQueuedOrders(container(), store, 1)
        expect((await sync()).sent).toBe(1)
        await emulator.setFaults({ drop_after_commit: 1 })
        const [order] = await createQueuedOrders(container(), store, 1)
        await sync()
        await emulator.clearFaults()
        // Someone typed the same order in by hand: two orders carry the marker.
        const [first] = emulatorOrdersFor(emulator, order.display_id)
        emulator.state.orders.push({
          ...first,
          id: 5000,
          params: { ...first.params },
        })

        for (let i = 0; i < 2; i++) {
          await dueNow(container())
          expect(await sync()).toMatchObject({ queued: 1 })
          expect((await detail(order.id)).last_error_kind).toBe(
            "reconcile_undecidable"
          )
        }
        await dueNow(container())
        expect(await sync()).toMatchObject({ needs_review: 1 })
        const review = await detail(order.id)
        expect(review.status).toBe("needs_review")
        expect(review.last_error).toBe(
          `several ArchiDelivery orders carry #${order.display_id}: ${first.id}, 5000`
        )
        expect(
          review.attempts_log.map((a: { outcome: string }) => a.outcome)
        ).toEqual([
          "needs_review",
          "reconcile_undecidable",
          "reconcile_undecidable",
          "unknown_outcome",
        ])

        const taken = await api
          .post(
            `/admin/archidelivery/orders/${order.id}/resolve`,
            {
              archidelivery_order_id: (await detail(other.id))
                .archidelivery_order_id,
            },
            { headers }
          )
          .catch(failed)
        expect(taken.status).toBe(400)
        expect(taken.data.message).toContain(`archidelivery_order_id: `)
        expect(taken.data.message).toContain(other.id)
        expect(taken.data).toMatchObject({
          code: "order_id_taken",
          params: { order_id: other.id },
        })

        const resolved = await api.post(
          `/admin/archidelivery/orders/${order.id}/resolve`,
          { archidelivery_order_id: first.id },
          { headers }
        )
        expect(Object.keys(resolved.data)).toEqual(["order_sync"])
        expect(resolved.data.order_sync).toMatchObject({
          status: "sent",
          archidelivery_order_id: String(first.id),
          last_error: null,
        })
        expect(resolved.data.order_sync.attempts_log[0]).toMatchObject({
          outcome: "manual_resolve",
        })
        const again = await api
          .post(
            `/admin/archidelivery/orders/${order.id}/resolve`,
            { archidelivery_order_id: 5000 },
            { headers }
          )
          .catch(failed)
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("status: the order is sent")
        expect(again.data).toMatchObject({
          code: "resolve_refused",
          params: { status: "sent" },
        })
      })
    })

    describe("triggers", () => {
      it("pushes a checked-out order on placement, without the job", async () => {
        const cart = await createCart(api, store, {
          items: [{ variant_id: store.dishes[0].variant_id, quantity: 2 }],
          email: "buyer@example.com",
        })
        const order = await checkout(
          api,
          store,
          cart.id,
          store.delivery_option_id
        )
        await waitFor(
          "the order in the kitchen",
          () => emulatorOrdersFor(emulator, order.display_id).length
        )
        const [sent] = emulatorOrdersFor(emulator, order.display_id)
        expect(sent.params).toMatchObject({
          type: "0",
          client: "Шевченко Тарас",
          street: "вул. Хрещатик",
          home: "22",
          room: "5",
          order: "101#2",
          ordertype: "3",
          paymenttype: "1",
          ispayment: "0",
        })
        await waitFor(
          "the row sent",
          async () => (await syncRow(container(), order.id)).status === "sent"
        )

        const pickupCart = await createCart(api, store, {
          items: [{ variant_id: store.dishes[1].variant_id, quantity: 1 }],
        })
        const pickup = await checkout(
          api,
          store,
          pickupCart.id,
          store.pickup_option_id
        )
        await waitFor(
          "the pickup in the kitchen",
          () => emulatorOrdersFor(emulator, pickup.display_id).length
        )
        expect(
          emulatorOrdersFor(emulator, pickup.display_id)[0].params.ordertype
        ).toBe("2")
      })

      it("runs from the minute job only when jobs are on", async () => {
        const [order] = await createQueuedOrders(container(), store, 1)
        const queue = archi(container()).getOptions().queue
        expect(queue.jobsEnabled).toBe(false)
        expect(await pushOrdersJob(container())).toBeUndefined()
        expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(0)
        queue.jobsEnabled = true
        try {
          expect(await pushOrdersJob(container())).toMatchObject({
            attempted: 1,
            sent: 1,
          })
        } finally {
          queue.jobsEnabled = false
        }
        expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(1)
      })

      it("never sends an order twice when drains run together", async () => {
        await emulator.setFaults({ latency_ms: 150, methods: ["neworder"] })
        const orders = await createQueuedOrders(container(), store, 12)
        const results = await Promise.all([
          runOrderDrain(container()),
          runOrderDrain(container()),
          drainOrderQueue(container(), { lockTimeoutSeconds: 30 }),
        ])
        expect(results.reduce((n, r) => n + r.sent, 0)).toBe(12)
        for (const order of orders) {
          expect([
            order.display_id,
            emulatorOrdersFor(emulator, order.display_id).length,
          ]).toEqual([order.display_id, 1])
        }
        expect(
          emulator.requests.filter((r) => r.method === "neworder")
        ).toHaveLength(12)
        expect(
          (await syncRows(container())).every(
            (r) => r.status === "sent" && r.attempts === 1
          )
        ).toBe(true)
      })
    })

    describe("status follow-up", () => {
      it("records kitchen codes until a final one and emits each change", async () => {
        const [order] = await createQueuedOrders(container(), store, 1)
        await sync()
        const adId = (await detail(order.id)).archidelivery_order_id
        const events: any[] = []
        const eventBus = container().resolve(Modules.EVENT_BUS)
        eventBus.subscribe(
          "archidelivery.order.status_changed",
          async (event: any) => {
            events.push(event.data ?? event)
          }
        )
        const queue = archi(container()).getOptions().queue
        const poll = async () => {
          queue.jobsEnabled = true
          try {
            return await followOrderStatusJob(container())
          } finally {
            queue.jobsEnabled = false
          }
        }

        emulator.setOrderStatus(adId, 6)
        await poll()
        expect(await detail(order.id)).toMatchObject({
          archidelivery_status: 6,
          archidelivery_status_label: "out for delivery",
          status_final: false,
        })
        await waitFor("the event", () => events.length === 1)
        expect(events[0]).toEqual({
          order_id: order.id,
          archidelivery_order_id: adId,
          status: 6,
          previous_status: null,
          label: "out for delivery",
        })

        emulator.setOrderStatus(adId, 42)
        await poll()
        expect(await detail(order.id)).toMatchObject({
          archidelivery_status: 42,
          archidelivery_status_label: null,
        })
        await waitFor("the second event", () => events.length === 2)
        expect(events[1]).toMatchObject({
          status: 42,
          previous_status: 6,
          label: null,
        })

        await poll()
        expect(events).toHaveLength(2)

        emulator.setOrderStatus(adId, 7)
        await poll()
        expect(await detail(order.id)).toMatchObject({
          archidelivery_status: 7,
          status_final: true,
        })
        emulator.setOrderStatus(adId, 9)
        const requests = emulator.requests.length
        await poll()
        expect(
          emulator.requests
            .slice(requests)
            .filter((r) => r.method === "getorderdata")
        ).toHaveLength(0)
        expect((await detail(order.id)).archidelivery_status).toBe(7)
      })
    })
  },
})
