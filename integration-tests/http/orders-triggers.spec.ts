import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import pushOrdersJob from "../../src/jobs/archidelivery-push-orders"
import archideliveryOrderQueued from "../../src/subscribers/archidelivery-order-queued"
import { enqueueOrderSyncsWorkflow } from "../../src/workflows/orders/enqueue-order-syncs"
import { pushOrderWorkflow } from "../../src/workflows/orders/push-order"
import { ORDER_SYNC_QUEUED_EVENT } from "../../src/lib/shared/events"
import { toClaimed } from "../../src/lib/orders/claim"
import { loadOrdersForPush } from "../../src/workflows/orders/load-orders-for-push"
import { ORDER_DRAIN_LOCK_KEY } from "../../src/lib/shared/lock-keys"
import { drainOrderQueue } from "../../src/workflows/orders/drain-order-queue"
import { orderDrainRunner } from "../../src/workflows/orders/drain-kick"
import { createAdminHeaders } from "../utils/admin"
import { useEmulator } from "../utils/emulator"
import {
  archi,
  createOrder,
  emulatorOrdersFor,
  linkDishes,
  queueOrders,
  syncRow,
  waitFor,
} from "../utils/orders"
import { createStoreFixture, type StoreFixture } from "../utils/store"

jest.setTimeout(300_000)

// Push-on-place off: each test decides when a drain runs.
const emulator = useEmulator({ env: { ARCHIDELIVERY_PUSH_ON_PLACE: "off" } })

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
    const db = () =>
      container().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const queue = () => archi(container()).getOptions().queue
    const detail = async (orderId: string) =>
      (await api.get(`/admin/archidelivery/orders/${orderId}`, { headers }))
        .data.order_sync
    const sync = async () =>
      (await api.post("/admin/archidelivery/orders/sync", {}, { headers })).data
        .result
    /** The minute job as the scheduler runs it (jobs are off in tests). */
    const minuteJob = async () => {
      queue().jobsEnabled = true
      try {
        return await pushOrdersJob(container())
      } finally {
        queue().jobsEnabled = false
      }
    }
    const placedAgo = (orderId: string, interval: string) =>
      db().raw(
        `UPDATE "order" SET created_at = now() - interval '${interval}' WHERE id = ?`,
        [orderId]
      )
    /** Every migration, the plugin's too, as if run that long ago. */
    const installedAgo = (interval: string) =>
      db().raw(
        `UPDATE mikro_orm_migrations SET executed_at = now() - interval '${interval}'`
      )
    const cancel = (orderId: string) =>
      cancelOrderWorkflow(container()).run({ input: { order_id: orderId } })

    beforeEach(async () => {
      store = await createStoreFixture(container())
      await linkDishes(container(), store)
      headers = (await createAdminHeaders(container())).headers
    })

    describe("no queue row, no order", () => {
      it("keeps the queue row when the queued event cannot be emitted", async () => {
        const order = await createOrder(container(), store)
        const eventBus = container().resolve(Modules.EVENT_BUS)
        const emit = eventBus.emit
        eventBus.emit = async (message: any, ...rest: any[]) => {
          const names = (Array.isArray(message) ? message : [message]).map(
            (m) => m.name
          )
          if (names.includes(ORDER_SYNC_QUEUED_EVENT)) {
            throw new Error("event bus down")
          }
          return emit.call(eventBus, message, ...rest)
        }
        try {
          const { errors } = await enqueueOrderSyncsWorkflow(container()).run({
            input: { order_ids: [order.id] },
            throwOnError: false,
          })
          expect(errors.length).toBeGreaterThan(0)
        } finally {
          eventBus.emit = emit
        }
        expect(await syncRow(container(), order.id)).toMatchObject({
          status: "queued",
          display_id: order.display_id,
        })
      })

      it("the minute job queues and sends placed orders that have no queue row, within the window and bounded per run", async () => {
        await installedAgo("30 days")
        const lost = []
        for (let i = 0; i < 3; i++) {
          const o = await createOrder(container(), store)
          await placedAgo(o.id, `${5 + i} minutes`)
          lost.push(o)
        }
        const old = await createOrder(container(), store)
        await placedAgo(old.id, `${queue().sweepWindowHours + 1} hours`)
        const cancelled = await createOrder(container(), store)
        await placedAgo(cancelled.id, "5 minutes")
        await cancel(cancelled.id)

        const limit = queue().sweepBatchSize
        queue().sweepBatchSize = 2
        try {
          await minuteJob()
          const first = await Promise.all(
            lost.map(async (o) => !!(await syncRow(container(), o.id)))
          )
          // The oldest first, two per run.
          expect(first).toEqual([false, true, true])
          await minuteJob()
        } finally {
          queue().sweepBatchSize = limit
        }
        for (const o of lost) {
          expect((await syncRow(container(), o.id)).status).toBe("sent")
          expect(emulatorOrdersFor(emulator, o.display_id)).toHaveLength(1)
        }
        for (const o of [old, cancelled]) {
          expect(await syncRow(container(), o.id)).toBeUndefined()
          expect(emulatorOrdersFor(emulator, o.display_id)).toHaveLength(0)
        }
      })

      it("never sweeps orders placed before the plugin was installed", async () => {
        const before = await createOrder(container(), store)
        await placedAgo(before.id, "2 hours")
        const after = await createOrder(container(), store)
        await placedAgo(after.id, "5 minutes")
        await installedAgo("1 hour")
        await minuteJob()
        expect(await syncRow(container(), before.id)).toBeUndefined()
        expect((await syncRow(container(), after.id)).status).toBe("sent")
      })
    })

    describe("cancelled orders", () => {
      it("never sends an order cancelled before it was sent, and refuses to retry it", async () => {
        const order = await createOrder(container(), store)
        await queueOrders(container(), [order])
        await cancel(order.id)
        await waitFor(
          "the row cancelled",
          async () =>
            (await syncRow(container(), order.id)).status === "cancelled"
        )
        expect((await sync()).attempted).toBe(0)
        expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(0)

        const row = await detail(order.id)
        expect(row).toMatchObject({ status: "cancelled" })
        expect(row.cancelled_at).toBeTruthy()
        expect(row.attempts_log[0]).toMatchObject({ outcome: "cancelled" })

        const retry = await api
          .post(
            `/admin/archidelivery/orders/${order.id}/retry`,
            {},
            { headers }
          )
          .catch(failed)
        expect([400, 409]).toContain(retry.status)
        expect(retry.data.message).toContain("cancelled in the shop")

        const stats = (
          await api.get("/admin/archidelivery/orders/stats", { headers })
        ).data.counts
        expect(stats).toMatchObject({ cancelled: 1, queued: 0 })
        const list = (
          await api.get("/admin/archidelivery/orders?status=cancelled", {
            headers,
          })
        ).data
        expect(list.count).toBe(1)
        expect(list.order_syncs[0].order_id).toBe(order.id)
      })

      it("does not send an order cancelled between its claim and its push", async () => {
        const order = await createOrder(container(), store)
        await queueOrders(container(), [order])
        const [claimed] = await archi(container()).claimDueOrderSyncs({
          limit: 1,
          leaseSeconds: 60,
          owner: "test-owner",
        })
        await cancel(order.id)
        const data = (await loadOrdersForPush(container(), [order.id])).get(
          order.id
        )!
        const { result } = await pushOrderWorkflow(container()).run({
          input: {
            order_sync: toClaimed(claimed),
            owner: "test-owner",
            claimed_at: Date.now(),
            ...data,
          },
        })
        expect(result.status).toBe("cancelled")
        expect(emulator.requests.map((r) => r.method)).not.toContain("neworder")
        expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(0)
        expect((await syncRow(container(), order.id)).status).toBe("cancelled")
      })

      it("flags an order cancelled after ArchiDelivery got it", async () => {
        const order = await createOrder(container(), store)
        await queueOrders(container(), [order])
        expect((await sync()).sent).toBe(1)
        await cancel(order.id)
        const row = await waitFor("the flag", async () => {
          const r = await detail(order.id)
          return r.cancelled_at ? r : undefined
        })
        expect(row.status).toBe("sent")
        expect(row.attempts_log[0]).toMatchObject({
          outcome: "cancelled_after_send",
          message:
            "cancelled in the shop after ArchiDelivery got it: tell the kitchen",
        })
        expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(1)
      })
    })

    describe("push-on-place", () => {
      it("returns from the event at once and the order still arrives in seconds", async () => {
        const pushOnPlace = queue().pushOnPlace
        queue().pushOnPlace = true
        await emulator.setFaults({ latency_ms: 1500, methods: ["neworder"] })
        try {
          const order = await createOrder(container(), store)
          await queueOrders(container(), [order])
          const started = Date.now()
          await archideliveryOrderQueued({
            event: {
              name: ORDER_SYNC_QUEUED_EVENT,
              data: { order_ids: [order.id] },
            },
            container: container(),
            pluginOptions: {},
          } as any)
          expect(Date.now() - started).toBeLessThan(1000)
          expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(0)
          await waitFor(
            "the order in the kitchen",
            async () =>
              (await syncRow(container(), order.id)).status === "sent",
            10_000
          )
          expect(emulatorOrdersFor(emulator, order.display_id)).toHaveLength(1)
        } finally {
          queue().pushOnPlace = pushOnPlace
          await emulator.clearFaults()
        }
      })

      it("sends an order placed while a drain runs with that drain, at once", async () => {
        const pushOnPlace = queue().pushOnPlace
        queue().pushOnPlace = true
        await emulator.setFaults({ latency_ms: 3000, methods: ["neworder"] })
        try {
          const first = await createOrder(container(), store)
          const second = await createOrder(container(), store)
          await queueOrders(container(), [first])
          const running = drainOrderQueue(container())
          await waitFor(
            "the first order being sent",
            async () =>
              (await syncRow(container(), first.id)).status === "sending"
          )
          // Long enough for the drain's other workers to find nothing due.
          await new Promise((r) => setTimeout(r, 1000))
          await queueOrders(container(), [second])
          await archideliveryOrderQueued({
            event: {
              name: ORDER_SYNC_QUEUED_EVENT,
              data: { order_ids: [second.id] },
            },
            container: container(),
            pluginOptions: {},
          } as any)
          // Claimed by the running drain while its first send is still out,
          // not after it, nor by the drain the event asked for.
          await waitFor(
            "the second order being sent",
            async () =>
              (await syncRow(container(), second.id)).status === "sending"
          )
          expect((await syncRow(container(), first.id)).status).toBe("sending")
          expect(await running).toMatchObject({ sent: 2 })
          await orderDrainRunner(container()).idle()
          expect(emulatorOrdersFor(emulator, second.display_id)).toHaveLength(1)
        } finally {
          queue().pushOnPlace = pushOnPlace
          await emulator.clearFaults()
        }
      })

      it("tells a lock held by another from a locking failure, which is logged and shown in health", async () => {
        const logger = container().resolve(ContainerRegistrationKeys.LOGGER)
        const errors: string[] = []
        const error = logger.error
        logger.error = (...args: any[]) => {
          errors.push(args.map(String).join(" "))
        }
        const locking = container().resolve(Modules.LOCKING)
        const execute = locking.execute
        try {
          // Held by another drain: busy, not an error.
          let release!: () => void
          const held = locking.execute(
            ORDER_DRAIN_LOCK_KEY,
            () => new Promise<void>((r) => (release = r)),
            { timeout: 5, expire: 60 }
          )
          await waitFor("the lock held", () => !!release)
          expect(await minuteJob()).toBeUndefined()
          release()
          await held
          expect(errors).toEqual([])
          expect(
            (await api.get("/admin/archidelivery/health", { headers })).data
              .health.locking
          ).toMatchObject({ ok: true })

          locking.execute = async () => {
            throw new Error("connect ECONNREFUSED 127.0.0.1:6379")
          }
          const order = await createOrder(container(), store)
          await queueOrders(container(), [order])
          await minuteJob()
          expect(errors.join("\n")).toMatch(/lock.*ECONNREFUSED/)
          const health = (
            await api.get("/admin/archidelivery/health", { headers })
          ).data.health
          expect(health.locking).toMatchObject({ ok: false })
          expect(health.locking.error).toContain("ECONNREFUSED")
          expect(health.locking.at).toBeTruthy()

          locking.execute = execute
          expect(await minuteJob()).toMatchObject({ sent: 1 })
          expect(
            (await api.get("/admin/archidelivery/health", { headers })).data
              .health.locking
          ).toMatchObject({ ok: true })
        } finally {
          locking.execute = execute
          logger.error = error
        }
      })
    })
  },
})
