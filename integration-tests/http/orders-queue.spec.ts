import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderPhone } from "../../src/lib/orders/order-payload"
import { reconcileOrderWorkflow } from "../../src/workflows/orders/reconcile-order"
import { toClaimed } from "../../src/lib/orders/claim"
import { runOrderDrain } from "../../src/workflows/orders/drain-order-queue"
import { followOrderStatusesWorkflow } from "../../src/workflows/orders/follow-order-statuses"
import { loadOrdersForPush } from "../../src/workflows/orders/load-orders-for-push"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"
import {
  archi,
  createQueuedOrders,
  dueNow,
  emulatorOrdersFor,
  fastForward,
  linkDishes,
  syncRow,
} from "../utils/orders"
import { createStoreFixture, type StoreFixture } from "../utils/store"

jest.setTimeout(300_000)

const emulator = useEmulator({
  env: {
    ARCHIDELIVERY_REPLY_TIMEOUT_MS: "1500",
    ARCHIDELIVERY_CONNECT_TIMEOUT_MS: "1000",
  },
})

const OBJECT_TEXT = "[object Object]"

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
    const neworders = () =>
      emulator.requests.filter(
        (r: { method: string }) => r.method === "neworder"
      )

    beforeEach(async () => {
      store = await createStoreFixture(container())
      await linkDishes(container(), store)
      headers = (await createAdminHeaders(container())).headers
    })

    afterEach(() => {
      jest.restoreAllMocks()
    })

    describe("the drain's ping", () => {
      const pings = () =>
        emulator.requests.filter((r: { method: string }) => r.method === "ping")
      const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))
      /** How many of the orders' rows are claimed while the ping is out. */
      const claimedDuringPing = async (orderIds: string[]) => {
        for (const until = Date.now() + 5000; !pings().length;) {
          if (Date.now() > until) {
            throw new Error("the drain sent no ping")
          }
          await pause(5)
        }
        // The ping takes 400 ms: look while it is out.
        for (const until = Date.now() + 300; Date.now() < until;) {
          const rows = await Promise.all(
            orderIds.map((id) => syncRow(container(), id))
          )
          const claimed = rows.filter((r) => r.status === "sending").length
          if (claimed) {
            return { claimed, sentMeanwhile: neworders().length }
          }
          await pause(10)
        }
        return { claimed: 0, sentMeanwhile: neworders().length }
      }
      /**
       * A failed call (a health check the server fails) ends the reuse of
       * its last answer: the next drain pings, whatever ran before.
       */
      const failHealthCheck = async () => {
        await emulator.setFaults({ error_5xx: 1, methods: ["ping"] })
        const { data } = await api.get("/admin/archidelivery/health", {
          headers,
        })
        expect(data.health.reachable).toBe(false)
        await emulator.clearFaults()
      }

      it("claims the first rows while the ping is out and sends them once it answers", async () => {
        const orders = await createQueuedOrders(container(), store, 6)
        await failHealthCheck()
        await emulator.setFaults({ latency_ms: 400, methods: ["ping"] })
        const drain = runOrderDrain(container())
        const seen = await claimedDuringPing(orders.map((o) => o.id))
        const result = await drain

        expect(seen.claimed).toBeGreaterThan(0)
        expect(seen.sentMeanwhile).toBe(0)
        expect(result).toMatchObject({ attempted: 6, sent: 6 })
        const pingAt = Date.parse(pings()[0].at)
        for (const request of neworders()) {
          expect(Date.parse(request.at)).toBeGreaterThanOrEqual(pingAt + 400)
        }
        for (const order of orders) {
          expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(1)
        }
      })

      it("gives every row claimed during a failed ping back untried", async () => {
        const orders = await createQueuedOrders(container(), store, 3)
        await failHealthCheck()
        await emulator.setFaults({
          latency_ms: 400,
          error_5xx: 1,
          methods: ["ping"],
        })
        const drain = runOrderDrain(container())
        const seen = await claimedDuringPing(orders.map((o) => o.id))
        const result = await drain

        expect(seen.claimed).toBeGreaterThan(0)
        expect(result).toMatchObject({ attempted: 0, sent: 0, queued: 3 })
        for (const order of orders) {
          expect(await syncRow(container(), order.id)).toMatchObject({
            status: "queued",
            attempts: 0,
            reconcile: false,
            lease_owner: null,
            claim_token: null,
            last_error_kind: "ping_failed",
          })
          expect(await detail(order.id)).toMatchObject({ attempts_log: [] })
        }
        expect(neworders()).toHaveLength(0)
      })

      it("skips the ping right after an answer, and pings again once a call failed", async () => {
        const first = await createQueuedOrders(container(), store, 2)
        await failHealthCheck()
        expect(await runOrderDrain(container())).toMatchObject({ sent: 2 })
        expect(pings()).toHaveLength(2)

        // Within queue.pingReuseSeconds of those answers: no ping, sent.
        const second = await createQueuedOrders(container(), store, 2)
        expect(await runOrderDrain(container())).toMatchObject({ sent: 2 })
        expect(pings()).toHaveLength(2)

        // A failed call since: the next drain pings first, and its failure
        // leaves the orders waiting untried, as any failed ping does.
        await failHealthCheck()
        const third = await createQueuedOrders(container(), store, 2)
        await emulator.setFaults({ error_5xx: 1, methods: ["ping"] })
        expect(await runOrderDrain(container())).toMatchObject({
          attempted: 0,
          queued: 2,
        })
        expect(pings()).toHaveLength(4)
        for (const order of [...first, ...second]) {
          expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(1)
        }
        for (const order of third) {
          expect(await syncRow(container(), order.id)).toMatchObject({
            status: "queued",
            attempts: 0,
            last_error_kind: "ping_failed",
          })
          expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(0)
        }
      })
    })

    describe("ArchiDelivery ids handed out again", () => {
      it("records every send once, flags the reused id and never sends again", async () => {
        const before = await createQueuedOrders(container(), store, 2)
        expect(await sync()).toMatchObject({ attempted: 2, sent: 2 })
        const oldIds = await Promise.all(
          before.map(async (o) => (await detail(o.id)).archidelivery_order_id)
        )

        // The back office restarts its ids (a restored or switched database).
        const reset = await fetch(`${emulator.controlUrl}/reset`, {
          method: "POST",
        })
        expect(reset.status).toBe(200)

        const after = await createQueuedOrders(container(), store, 2)
        // Enough drains for any reconciliation and grace period to play out.
        for (let i = 0; i < 4; i++) {
          await sync()
          await fastForward(container())
        }

        for (const order of after) {
          const kitchen = emulatorOrdersFor(emulator, order.display_id)
          expect(kitchen).toHaveLength(1)
          const row = await detail(order.id)
          expect(row).toMatchObject({
            status: "sent",
            archidelivery_order_id: String(kitchen[0].id),
            archidelivery_id_reused: true,
          })
          expect(oldIds).toContain(row.archidelivery_order_id)
          const outcomes = row.attempts_log.map(
            (a: { outcome: string }) => a.outcome
          )
          expect(outcomes.filter((o: string) => o === "sent")).toHaveLength(1)
          expect(outcomes).toContain("id_reused")
        }
        expect(neworders()).toHaveLength(2)
        // The older holders are flagged too, and their kitchen status is no
        // longer read from an id that now names another order.
        for (const order of before) {
          expect(await detail(order.id)).toMatchObject({
            status: "sent",
            archidelivery_id_reused: true,
            status_final: true,
          })
        }
      })
    })

    describe("fencing tokens", () => {
      it("refuses a reconciliation whose claim was lost and keeps the new claim's outcome", async () => {
        await emulator.setFaults({ drop_after_commit: 1 })
        const [order] = await createQueuedOrders(container(), store, 1)
        await sync()
        await emulator.clearFaults()
        await dueNow(container())
        const service = archi(container())
        const claim = async () =>
          (
            await service.claimDueOrderSyncs({
              limit: 1,
              leaseSeconds: 60,
              owner: "one-drain",
              orderIds: [order.id],
            })
          )[0]
        const data = (await loadOrdersForPush(container(), [order.id])).get(
          order.id
        )!
        const phone = orderPhone(data.order!, "UA").e164

        // The first lookup outlives its lease; the same drain claims again.
        const first = await claim()
        expect(first.reconcile).toBe(true)
        await service.updateOrderSyncs({
          id: first.id,
          lease_until: new Date(Date.now() - 1000),
        })
        const second = await claim()

        const late = await reconcileOrderWorkflow(container()).run({
          input: { order_sync: toClaimed(first), phone },
        })
        expect(late.result.status).toBeNull()
        expect(await syncRow(container(), order.id)).toMatchObject({
          status: "sending",
          claim_token: second.claim_token,
          archidelivery_order_id: null,
        })

        const current = await reconcileOrderWorkflow(container()).run({
          input: { order_sync: toClaimed(second), phone },
        })
        expect(current.result.status).toBe("sent")
        expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(1)
        expect(neworders()).toHaveLength(1)
      })
    })

    describe("failures in our own code", () => {
      it("stores and logs a broken push with its real message", async () => {
        const logger = container().resolve(ContainerRegistrationKeys.LOGGER)
        const logged = [jest.spyOn(logger, "error"), jest.spyOn(logger, "warn")]
        jest
          .spyOn(archi(container()).getClient(), "newOrder")
          .mockRejectedValueOnce(new Error("disk on fire"))
        const [order] = await createQueuedOrders(container(), store, 1)

        await sync()

        const row = await detail(order.id)
        expect(row.last_error).toBe("internal error: disk on fire")
        expect(row.attempts_log[0].message).toBe("internal error: disk on fire")
        const lines = logged.flatMap((s) => s.mock.calls.map(String))
        expect(lines.join("\n")).toContain("disk on fire")
        expect(lines.join("\n")).not.toContain(OBJECT_TEXT)
      })
    })

    describe("concurrency", () => {
      it("keeps its requests to ArchiDelivery at queue.concurrency however many workers it runs", async () => {
        const { concurrency } = archi(container()).getOptions().queue
        const orders = await createQueuedOrders(container(), store, 24)
        // Slow answers keep every request open long enough to overlap.
        await emulator.setFaults({ latency_ms: 150 })
        emulator.resetPeakInFlight()
        try {
          expect(await runOrderDrain(container())).toMatchObject({ sent: 24 })
        } finally {
          await emulator.clearFaults()
        }
        expect(emulator.peakInFlight).toBeLessThanOrEqual(concurrency)
        // The drain does run requests side by side, up to the limit.
        expect(emulator.peakInFlight).toBe(concurrency)
        for (const order of orders) {
          expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(1)
        }
      })

      it("counts the status follow-up's reads in the same limit while a drain runs", async () => {
        const { concurrency } = archi(container()).getOptions().queue
        await createQueuedOrders(container(), store, 12)
        expect(await runOrderDrain(container())).toMatchObject({ sent: 12 })
        const orders = await createQueuedOrders(container(), store, 12)
        await emulator.setFaults({ latency_ms: 150 })
        emulator.resetPeakInFlight()
        try {
          const [drained] = await Promise.all([
            runOrderDrain(container()),
            followOrderStatusesWorkflow(container()).run({
              input: { limit: 50 },
            }),
          ])
          expect(drained).toMatchObject({ sent: 12 })
        } finally {
          await emulator.clearFaults()
        }
        expect(emulator.peakInFlight).toBeLessThanOrEqual(concurrency)
        for (const order of orders) {
          expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(1)
        }
      })
    })

    describe("claimed but never started", () => {
      it("gives back the rows it claimed when loading their orders fails", async () => {
        const orders = await createQueuedOrders(container(), store, 3)
        const query = container().resolve(ContainerRegistrationKeys.QUERY)
        jest
          .spyOn(query, "graph")
          .mockRejectedValueOnce(new Error("the database went away"))

        await expect(runOrderDrain(container())).rejects.toMatchObject({
          message: "the database went away",
        })

        for (const order of orders) {
          expect(await syncRow(container(), order.id)).toMatchObject({
            status: "queued",
            reconcile: false,
            attempts: 0,
            lease_owner: null,
          })
        }
        expect(neworders()).toHaveLength(0)

        expect(await sync()).toMatchObject({ attempted: 3, sent: 3 })
        for (const order of orders) {
          expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(1)
        }
      })

      it("gives back the rows not started when the app shuts down", async () => {
        const orders = await createQueuedOrders(container(), store, 8)
        // Slow sends: the shutdown comes while the first ones are in flight.
        await emulator.setFaults({ latency_ms: 400, methods: ["neworder"] })
        const service = archi(container()) as unknown as {
          __hooks: { onApplicationPrepareShutdown: () => Promise<void> }
        }
        const drain = runOrderDrain(container())
        while (neworders().length === 0) {
          await new Promise((r) => setTimeout(r, 20))
        }

        await service.__hooks.onApplicationPrepareShutdown()
        await drain

        const rows = await Promise.all(
          orders.map((o) => syncRow(container(), o.id))
        )
        expect(rows.filter((r) => r.status === "sending")).toEqual([])
        const sent = rows.filter((r) => r.status === "sent")
        const queued = rows.filter((r) => r.status === "queued")
        expect(sent.length).toBeGreaterThan(0)
        expect(queued.length).toBeGreaterThan(0)
        expect(sent.length + queued.length).toBe(orders.length)
        for (const row of queued) {
          expect(row).toMatchObject({ reconcile: false, attempts: 0 })
        }
        expect(neworders()).toHaveLength(sent.length)
      })
    })
  },
})
