import { spawn } from "node:child_process"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { enqueueOrderSyncsWorkflow } from "../../src/workflows/orders/enqueue-order-syncs"
import {
  LockBusyError,
  drainOrderQueue,
  runOrderDrain,
} from "../../src/workflows/orders/drain-order-queue"
import {
  createOrder,
  createQueuedOrders,
  emulatorOrdersFor,
  fastForward,
  linkDishes,
  seededRandom,
  syncRows,
  useSeededEmulator,
  waitFor,
} from "../utils/orders"
import {
  checkout,
  createCart,
  createStoreFixture,
  type StoreFixture,
} from "../utils/store"

jest.setTimeout(900_000)

const SEED = 20261128
const WARN = "Не получены данные с генераторов по заказу"

// Short timeouts and leases so timeouts, expired leases and backoffs happen
// within a test; a lease still outlives a whole request (see send-order).
const emulator = useSeededEmulator(SEED, {
  ARCHIDELIVERY_REPLY_TIMEOUT_MS: "800",
  ARCHIDELIVERY_CONNECT_TIMEOUT_MS: "500",
  ARCHIDELIVERY_LEASE_SECONDS: "8",
  ARCHIDELIVERY_BATCH_SIZE: "8",
  ARCHIDELIVERY_CONCURRENCY: "4",
  ARCHIDELIVERY_MAX_BACKOFF_SECONDS: "2",
})

/** A drain with the lock, as every trigger runs it; a busy lock just means another drain works. */
async function drain(container: MedusaContainer, maxRounds: number) {
  try {
    await drainOrderQueue(container, { lockTimeoutSeconds: 30, maxRounds })
  } catch (e) {
    if (!(e instanceof LockBusyError)) {
      throw e
    }
  }
}

/** Drains until no order waits, moving the clock on. */
async function settle(container: MedusaContainer) {
  for (let round = 0; round < 60; round++) {
    const open = (await syncRows(container)).filter(
      (r) => r.status === "queued" || r.status === "sending"
    )
    if (!open.length) {
      return
    }
    await fastForward(container)
    await drain(container, 100)
    if (open.every((r) => r.status === "sending")) {
      // Only leases held by a drain still running or a dead worker: let them expire.
      await new Promise((r) => setTimeout(r, 1_000))
    }
  }
  throw new Error("the queue did not settle")
}

/** Every order is in the kitchen exactly once, or failed / needs_review with its reason. */
async function expectExactlyOnce(container: MedusaContainer) {
  const rows = await syncRows(container)
  const tally: Record<string, number> = {}
  for (const row of rows) {
    tally[row.status] = (tally[row.status] ?? 0) + 1
    const copies = emulatorOrdersFor(emulator, row.display_id!)
    const seen = {
      display_id: row.display_id,
      status: row.status,
      copies: copies.length,
    }
    if (row.status === "sent") {
      expect(seen).toEqual({ ...seen, copies: 1 })
      expect(row.archidelivery_order_id).toBe(String(copies[0].id))
    } else {
      expect(["failed", "needs_review"]).toContain(row.status)
      expect(row.last_error).toBeTruthy()
      // A refused order never reached the kitchen; one for a person at most once.
      expect(copies.length).toBeLessThanOrEqual(row.status === "failed" ? 0 : 1)
    }
  }
  const markers = emulator.state.orders
    .map((o) => /#(\d+)$/.exec(o.params.comment ?? "")?.[1])
    .filter(Boolean)
  expect(markers.length).toBe(new Set(markers).size)
  return { rows, tally }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let store: StoreFixture

    beforeEach(async () => {
      store = await createStoreFixture(getContainer())
      await linkDishes(getContainer(), store)
    })

    it("sends 300 orders exactly once through unreachable spells, timeouts, lost replies, 5xx and warnings", async () => {
      const container = getContainer()
      const dice = seededRandom(SEED + 1)
      const placed: { id: string; display_id: number }[] = []
      const background: Promise<unknown>[] = []

      for (let phase = 0; phase < 10; phase++) {
        // This phase's weather, from the seeded dice.
        const roll = dice()
        const faults: Record<string, unknown> =
          roll < 0.2
            ? { unreachable: true }
            : roll < 0.4
              ? { latency_ms: 1000, methods: ["neworder"] }
              : {
                  drop_after_commit: 0.15,
                  error_5xx: 0.08,
                  error_5xx_after_commit: 0.05,
                  warn_no_order_id: 0.04,
                }
        await emulator.setFaults(faults)

        // 29 orders made by Medusa's order workflow, queued as order.placed
        // would (push-on-place drains start on their own)…
        const orders = await Promise.all(
          Array.from({ length: 29 }, (_, i) =>
            createOrder(container, store, {
              email: `chaos-${phase}-${i}@example.com`,
            })
          )
        )
        await enqueueOrderSyncsWorkflow(container).run({
          input: { order_ids: orders.map((o) => o.id) },
        })
        placed.push(...orders)
        // …and one through a real checkout, whose order.placed queues it.
        const cart = await createCart(api, store, {
          items: [
            { variant_id: store.dishes[phase % 3].variant_id, quantity: 1 },
          ],
          email: `buyer-${phase}@example.com`,
        })
        placed.push(
          await checkout(api, store, cart.id, store.delivery_option_id)
        )

        // Drains racing each other and push-on-place.
        background.push(
          runOrderDrain(container, { maxRounds: 5 }).catch(() => undefined)
        )
        await drain(container, 5)
        if (faults.unreachable) {
          // The spell ends; the next drain finds ArchiDelivery back.
          await emulator.clearFaults()
        }
        if (dice() < 0.5) {
          await fastForward(container)
        }
      }
      await Promise.all(background)
      await emulator.clearFaults()
      await settle(container)

      expect(placed).toHaveLength(300)
      const { rows, tally } = await expectExactlyOnce(container)
      expect(rows).toHaveLength(300)
      expect(tally.sent).toBeGreaterThan(200)
      for (const row of rows.filter((r) => r.status === "failed")) {
        expect(row.last_error).toContain(WARN)
      }
      // The weather really happened: doubtful sends were reconciled, warnings refused.
      const { rows: outcomes } = await container
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)
        .raw(
          `SELECT outcome, count(*)::int AS n FROM archidelivery_order_attempt GROUP BY outcome`
        )
      const seen = Object.fromEntries(
        outcomes.map((o: { outcome: string; n: number }) => [o.outcome, o.n])
      )
      console.info(
        `chaos: rows ${JSON.stringify(tally)}, attempts ${JSON.stringify(seen)}`
      )
      expect(seen.unknown_outcome).toBeGreaterThan(0)
      expect(seen.reconciled_found).toBeGreaterThan(0)
      expect(seen.rejected).toBeGreaterThan(0)
      // Nothing reached the kitchen that is not one of these orders.
      const displayIds = new Set(rows.map((r) => String(r.display_id)))
      for (const o of emulator.state.orders.filter((o) => o.id > 1000)) {
        expect(
          displayIds.has(/#(\d+)$/.exec(o.params.comment ?? "")?.[1] ?? "")
        ).toBe(true)
      }
    })

    it("leaves every order sent exactly once or for review after a worker is killed mid-drain", async () => {
      const container = getContainer()
      const orders = await createQueuedOrders(container, store, 20)
      // Slow enough that the worker dies with requests in flight, which the
      // server still commits after it is gone.
      await emulator.setFaults({ latency_ms: 3000, methods: ["neworder"] })

      const root = path.resolve(__dirname, "../..")
      const child = spawn(
        path.join(root, "node_modules/.bin/medusa"),
        ["exec", "./integration-tests/utils/orders-drain-child.ts"],
        {
          cwd: root,
          detached: true,
          stdio: ["ignore", "pipe", "pipe"],
          env: {
            ...process.env,
            DATABASE_URL: dbConfig.clientUrl,
            ARCHIDELIVERY_URL: emulator.url,
            ARCHIDELIVERY_REPLY_TIMEOUT_MS: "10000",
            ARCHIDELIVERY_LEASE_SECONDS: "15",
            ARCHIDELIVERY_BATCH_SIZE: "4",
            ARCHIDELIVERY_CONCURRENCY: "4",
            ARCHIDELIVERY_PUSH_ON_PLACE: "off",
            ARCHIDELIVERY_JOBS: "off",
          },
        }
      )
      let output = ""
      child.stdout!.on("data", (d) => (output += d))
      child.stderr!.on("data", (d) => (output += d))
      const exited = new Promise((resolve) => child.on("exit", resolve))
      try {
        await waitFor(
          "the worker to send orders",
          async () =>
            emulator.requests.filter((r) => r.method === "neworder").length >=
              4 &&
            (await syncRows(container)).some((r) => r.status === "sending"),
          180_000
        ).catch((e) => {
          throw new Error(`${e.message}; worker output:\n${output}`)
        })
      } finally {
        // The whole process group: the CLI may run the script in a child.
        process.kill(-child.pid!, "SIGKILL")
      }
      await exited
      expect(output).not.toContain("drain-child: done")
      const stuck = (await syncRows(container)).filter(
        (r) => r.status === "sending"
      )
      expect(stuck.length).toBeGreaterThan(0)

      await emulator.clearFaults()
      // Let the dead worker's leases run out (they are its own, 15 s).
      const leaseEnd = Math.max(
        ...stuck.map((r) => new Date(r.lease_until!).getTime())
      )
      await new Promise((r) =>
        setTimeout(r, Math.max(0, leaseEnd - Date.now()) + 500)
      )
      await settle(container)

      const { rows, tally } = await expectExactlyOnce(container)
      expect(rows).toHaveLength(orders.length)
      expect((tally.sent ?? 0) + (tally.needs_review ?? 0)).toBe(orders.length)
      // The rows the dead worker held were looked up, not resent blindly.
      for (const row of stuck) {
        const attempts = await getContainer()
          .resolve("archidelivery")
          .listOrderAttempts({ order_sync_id: row.id })
        expect(attempts.map((a: { outcome: string }) => a.outcome)).toContain(
          "lease_expired"
        )
      }
    })
  },
})
