// Runs inside `medusa exec` (a booted app on a scratch database), driven by
// bench/soak.js: orders placed at a steady rate for a long while, as a busy
// evening would bring them, with what the minute jobs do run every minute.
// The heap is read after full collections before the first order and after
// the last one is sent; whatever the plugin keeps per order shows as growth.
import { writeFileSync } from "node:fs"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createOrder,
  linkDishes,
  waitFor,
} from "../../integration-tests/utils/orders"
import {
  createStoreFixture,
  type StoreFixture,
} from "../../integration-tests/utils/store"
import { drainOrderQueue } from "../../src/workflows/orders/drain-order-queue"
import { followOrderStatusesWorkflow } from "../../src/workflows/orders/follow-order-statuses"
import { archiDeliveryService } from "../../src/modules/archidelivery"

const MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 30)
const RATE = Number(process.env.BENCH_SOAK_RATE ?? 2)
const WARM_UP_ORDERS = 100

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const mb = (bytes: number) => bytes / 1024 / 1024

/** Three heap readings, each after two full collections and a pause. */
async function heapReadings(): Promise<number[]> {
  const gc = (globalThis as { gc?: () => void }).gc
  const readings: number[] = []
  for (let i = 0; i < 3; i++) {
    gc?.()
    await sleep(500)
    gc?.()
    readings.push(mb(process.memoryUsage().heapUsed))
  }
  return readings
}

/** What the minute jobs run: the drain, then the kitchen status follow-up. */
async function minuteJobs(container: MedusaContainer) {
  const { statusBatchSize } = archiDeliveryService(container).getOptions().queue
  await drainOrderQueue(container, { lockTimeoutSeconds: 5 }).catch(() => {})
  await followOrderStatusesWorkflow(container)
    .run({ input: { limit: statusBatchSize } })
    .catch(() => {})
}

/** Places `count` orders at RATE per second, each announced with order.placed. */
async function placeOrders(
  container: MedusaContainer,
  store: StoreFixture,
  count: number,
  tag: string
): Promise<string[]> {
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const ids: string[] = []
  const started = Date.now()
  let lastJobs = started
  for (let i = 0; i < count; i++) {
    const order = await createOrder(container, store, {
      email: `${tag}-${i}@example.com`,
    })
    ids.push(order.id)
    await eventBus.emit({ name: "order.placed", data: { id: order.id } })
    if (Date.now() - lastJobs >= 60_000) {
      lastJobs = Date.now()
      await minuteJobs(container)
    }
    // Keep the rate steady whatever one placement took.
    const due = started + ((i + 1) * 1000) / RATE
    await sleep(Math.max(0, due - Date.now()))
  }
  return ids
}

async function allSent(container: MedusaContainer, ids: string[]) {
  const wanted = new Set(ids)
  await waitFor(
    "every soak order sent",
    async () => {
      await minuteJobs(container)
      const [, sent] = await archiDeliveryService(
        container
      ).listAndCountOrderSyncs(
        { order_id: [...wanted], status: "sent" },
        { take: 1 }
      )
      return sent === wanted.size
    },
    600_000
  )
}

export default async function soakScenario({ container }: ExecArgs) {
  const store = await createStoreFixture(container)
  await linkDishes(container, store)
  // Warm-up: caches, compiled workflows and pools settle before the first reading.
  const warm = await placeOrders(container, store, WARM_UP_ORDERS, "warm")
  await allSent(container, warm)
  const heap_before_mb = await heapReadings()
  const rss_before_mb = mb(process.memoryUsage().rss)

  const count = Math.round(MINUTES * 60 * RATE)
  console.log(`soak: ${count} orders over ${MINUTES} min…`)
  const ids = await placeOrders(container, store, count, "soak")
  await allSent(container, ids)
  const heap_after_mb = await heapReadings()

  writeFileSync(
    process.env.BENCH_OUT!,
    JSON.stringify({
      orders: count,
      sent: ids.length,
      heap_before_mb,
      heap_after_mb,
      rss_before_mb,
      rss_after_mb: mb(process.memoryUsage().rss),
      gc: typeof (globalThis as { gc?: unknown }).gc === "function",
    })
  )
}
