// Runs inside `medusa exec` (a booted app on a scratch database), driven by
// bench/orders.js against the emulator answering every call in 50 ms. Every
// part runs BENCH_REPEATS times (3) on the same orders, their queue rows
// removed between rounds, and each figure is the median of the rounds:
// 1. throughput: the bare protocol client sends N orders' payloads, prebuilt,
//    at the queue's concurrency (baseline) and the plugin's drain sends the
//    same N orders queued, alternating in chunks of 100 so both meet the same
//    machine load;
// 2. latency one at a time: orders placed one by one (order.placed every
//    150 ms, each emit awaited), push-on-place on, time until the emulator
//    has created each (its own clock);
// 3. latency under load: orders placed at 10 per second without waiting for
//    the previous one, so they arrive while drains run; same timing;
// 4. backlog after an outage: the emulator unreachable while orders are
//    placed (push-on-place and the minute job's drains fail their ping), the
//    rows made as old as a 10-minute outage, the emulator back, then the
//    minute job's drainOrderQueue timed until all are sent, against the bare
//    client sending the same number of prebuilt payloads (baseline);
// 5. checkout cost: completeCartWorkflow with the plugin's order.placed
//    subscriber attached and detached, alternately, in the same process.
import { writeFileSync } from "node:fs"
import { performance } from "node:perf_hooks"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { buildOrderPayload } from "../../src/lib/orders/order-payload"
import { ARCHIDELIVERY_MODULE } from "../../src/modules/archidelivery"
import type ArchiDeliveryModuleService from "../../src/modules/archidelivery/service"
import {
  drainOrderQueue,
  runOrderDrain,
} from "../../src/workflows/orders/drain-order-queue"
import { orderDrainRunner } from "../../src/workflows/orders/drain-kick"
import { loadOrdersForPush } from "../../src/workflows/orders/load-orders-for-push"
import {
  createOrder,
  linkDishes,
  waitFor,
} from "../../integration-tests/utils/orders"
import {
  createStoreFixture,
  KYIV_ADDRESS,
  type StoreFixture,
} from "../../integration-tests/utils/store"
import { repeated } from "./stats"

const THROUGHPUT_ORDERS = Number(process.env.BENCH_ORDERS ?? 1000)
const LATENCY_ORDERS = Number(process.env.BENCH_LATENCY_ORDERS ?? 100)
const LOAD_ORDERS = Number(process.env.BENCH_LOAD_ORDERS ?? 300)
const BACKLOG_ORDERS = Number(process.env.BENCH_BACKLOG_ORDERS ?? 500)
const CARTS = Number(process.env.BENCH_CARTS ?? 40)

type Order = { id: string; display_id: number }
type Figures = Record<string, number>

const service = (c: MedusaContainer) =>
  c.resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)

async function eachLimited<T>(
  items: T[],
  limit: number,
  fn: (item: T, i: number) => Promise<void>
) {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        await fn(items[i], i)
      }
    })
  )
}

async function makeOrders(
  container: MedusaContainer,
  store: StoreFixture,
  count: number,
  tag: string
) {
  const orders: Order[] = []
  await eachLimited(Array.from({ length: count }), 8, async (_, i) => {
    orders.push(
      await createOrder(container, store, { email: `${tag}-${i}@example.com` })
    )
  })
  return orders
}

/** The prebuilt `neworder` parameters of orders: the bare client's input. */
async function payloadsOf(container: MedusaContainer, orders: Order[]) {
  const options = service(container).getOptions()
  const data = await loadOrdersForPush(
    container,
    orders.map((o) => o.id)
  )
  return orders.map((o) => {
    const d = data.get(o.id)!
    return buildOrderPayload({
      order: d.order!,
      productLinks: d.product_links,
      options,
    }).params
  })
}

/** Seconds the bare protocol client takes to send these at the queue's concurrency. */
async function bareSend(
  container: MedusaContainer,
  payloads: Record<string, string>[]
) {
  const { concurrency } = service(container).getOptions().queue
  const client = service(container).getClient()
  const started = performance.now()
  await eachLimited(payloads, concurrency, async (p) => {
    await client.newOrder(p)
  })
  return (performance.now() - started) / 1000
}

/** Removes the orders' queue rows (and attempts), so a round can queue them again. */
async function forget(container: MedusaContainer, orders: Order[]) {
  const rows = await service(container).listOrderSyncs(
    { order_id: orders.map((o) => o.id) },
    { select: ["id"], take: orders.length + 1 }
  )
  if (rows.length) {
    await service(container).deleteOrderSyncs(rows.map((r) => r.id))
  }
}

async function sentCount(container: MedusaContainer, orders: Order[]) {
  const rows = await service(container).listOrderSyncs(
    { order_id: orders.map((o) => o.id), status: "sent" },
    { select: ["id"], take: orders.length + 1 }
  )
  return rows.length
}

const control = async (path: string, body?: unknown) => {
  const res = await fetch(`${process.env.BENCH_CONTROL_URL}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!res.ok) {
    throw new Error(`emulator control ${path}: ${res.status}`)
  }
  return res.json()
}

/** Orders per chunk: bare and drain alternate, so load from elsewhere hits both alike. */
const CHUNK = 100

async function throughput(
  container: MedusaContainer,
  queued: Order[],
  payloads: Record<string, string>[]
): Promise<Figures> {
  await forget(container, queued)
  let bare = 0
  let drain = 0
  let sent = 0
  for (let i = 0; i < queued.length; i += CHUNK) {
    bare += await bareSend(container, payloads.slice(i, i + CHUNK))
    await service(container).enqueueOrderSyncs(
      queued
        .slice(i, i + CHUNK)
        .map((o) => ({ order_id: o.id, display_id: o.display_id }))
    )
    const started = performance.now()
    const result = await runOrderDrain(container, { maxRounds: 100_000 })
    drain += (performance.now() - started) / 1000
    sent += result.sent
  }
  if (sent !== queued.length) {
    throw new Error(`the drain sent ${sent} of ${queued.length}`)
  }
  return {
    bare_rate: queued.length / bare,
    drain_rate: queued.length / drain,
    drain_vs_bare: bare / drain,
  }
}

/**
 * Places orders (order.placed, push-on-place on) every `gapMs`, awaiting
 * each emit or not, and gives p50/p95 of placed → created in the emulator
 * (its own clock).
 */
async function placedToSent(
  container: MedusaContainer,
  orders: Order[],
  gapMs: number,
  awaitEach: boolean
): Promise<{ p50: number; p95: number }> {
  await forget(container, orders)
  const startedAt = new Date().toISOString()
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const placedAt = new Map<string, number>()
  const emits: Promise<unknown>[] = []
  for (const order of orders) {
    placedAt.set(order.id, Date.now())
    const emitted = eventBus.emit({
      name: "order.placed",
      data: { id: order.id },
    })
    if (awaitEach) await emitted
    else emits.push(emitted)
    await new Promise((r) => setTimeout(r, gapMs))
  }
  await Promise.all(emits)
  await waitFor(
    "every placed order sent",
    async () => (await sentCount(container, orders)) === orders.length,
    300_000
  )
  // The emulator's own creation time of each order, read from its control API;
  // an order sent in an earlier round was created before this one started.
  const state = (await control("/state")) as {
    orders: { created_at: string; params: Record<string, string> }[]
  }
  const createdAt = new Map<string, number>()
  for (const o of state.orders) {
    const marker = /#(\d+)$/.exec(o.params.comment ?? "")?.[1]
    if (marker && o.created_at >= startedAt) {
      createdAt.set(marker, Date.parse(o.created_at))
    }
  }
  const delays = orders
    .map((o) => createdAt.get(String(o.display_id))! - placedAt.get(o.id)!)
    .sort((a, b) => a - b)
  if (delays.some((d) => !Number.isFinite(d))) {
    throw new Error("an order sent was not found in the emulator")
  }
  const pct = (p: number) =>
    delays[
      Math.min(delays.length - 1, Math.ceil((p / 100) * delays.length) - 1)
    ]
  return { p50: pct(50), p95: pct(95) }
}

/** Minutes the outage lasts, as the rows' ages and the kitchen outage see it. */
const OUTAGE_MINUTES = 10

async function backlog(
  container: MedusaContainer,
  orders: Order[],
  payloads: Record<string, string>[]
): Promise<Figures> {
  await forget(container, orders)
  await control("/faults", { unreachable: true })
  const eventBus = container.resolve(Modules.EVENT_BUS)
  // Placed during the outage: each queues its row and kicks a drain, whose
  // ping fails, so the rows wait as the real code leaves them.
  for (let i = 0; i < orders.length; i += 25) {
    await eventBus.emit(
      orders
        .slice(i, i + 25)
        .map((o) => ({ name: "order.placed", data: { id: o.id } }))
    )
  }
  await waitFor(
    "every order queued",
    async () =>
      (
        await service(container).listOrderSyncs(
          { order_id: orders.map((o) => o.id) },
          { select: ["id"], take: orders.length + 1 }
        )
      ).length === orders.length,
    120_000
  )
  await orderDrainRunner(container).idle()
  // A real outage of 10 minutes: the rows and the kitchen outage are that old
  // (nothing else of theirs depends on time: a failed ping counts no attempt
  // and sets no backoff), and the minute job's drain has failed its ping
  // once more at its end.
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const back = `interval '${OUTAGE_MINUTES} minutes'`
  await pg.raw(
    `UPDATE archidelivery_order_sync
     SET created_at = created_at - ${back}, updated_at = updated_at - ${back},
         next_attempt_at = next_attempt_at - ${back}
     WHERE order_id = ANY(?)`,
    [orders.map((o) => o.id)]
  )
  await pg.raw(
    `UPDATE archidelivery_kitchen_outage
     SET started_at = started_at - ${back} WHERE ended_at IS NULL`
  )
  await drainOrderQueue(container)
  await control("/faults", { unreachable: false })

  const bare = await bareSend(container, payloads)
  // From the first drain after the outage, as the minute job runs it, until
  // every order is sent; a drain that leaves some would mean a minute more.
  const started = performance.now()
  let drains = 0
  while ((await sentCount(container, orders)) < orders.length) {
    if (++drains > 20) {
      throw new Error("the backlog was not sent in 20 drains")
    }
    await drainOrderQueue(container)
  }
  const drain = (performance.now() - started) / 1000
  return {
    bare_seconds: bare,
    drain_seconds: drain,
    drain_vs_bare: drain / bare,
    drains,
  }
}

async function checkoutCost(
  container: MedusaContainer,
  store: StoreFixture,
  round: number
): Promise<Figures> {
  // The plugin's whole footprint on checkout is its order.placed subscriber
  // (queue row, then push-on-place); detaching it is "without the plugin".
  const emitter = (
    container.resolve(Modules.EVENT_BUS) as unknown as {
      eventEmitter_: NodeJS.EventEmitter
    }
  ).eventEmitter_
  const ours = emitter
    .listeners("order.placed")
    .find(
      (l) =>
        (l as { subscriberId?: string }).subscriberId ===
        "archidelivery-order-placed"
    ) as ((...args: unknown[]) => void) | undefined
  if (!ours) {
    throw new Error("the plugin's order.placed subscriber is not registered")
  }
  const cartReady = async (i: number) => {
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: store.region_id,
        sales_channel_id: store.sales_channel_id,
        email: `cart-${round}-${i}@example.com`,
        currency_code: "uah",
        items: [{ variant_id: store.dishes[0].variant_id, quantity: 2 }],
        shipping_address: KYIV_ADDRESS,
        billing_address: KYIV_ADDRESS,
      },
    })
    await addShippingMethodToCartWorkflow(container).run({
      input: { cart_id: cart.id, options: [{ id: store.delivery_option_id }] },
    })
    const { result: collection } = await createPaymentCollectionForCartWorkflow(
      container
    ).run({
      input: { cart_id: cart.id },
    })
    await createPaymentSessionsWorkflow(container).run({
      input: {
        payment_collection_id: collection.id,
        provider_id: "pp_system_default",
      },
    })
    return cart.id
  }
  const times: Record<"with" | "without", number[]> = { with: [], without: [] }
  for (let i = 0; i < CARTS * 2; i++) {
    // Alternate so drift (caches, autovacuum) hits both sides alike.
    const side = i % 2 === 0 ? "with" : "without"
    if (side === "with") emitter.on("order.placed", ours)
    else emitter.off("order.placed", ours)
    const cartId = await cartReady(i)
    const started = performance.now()
    await completeCartWorkflow(container).run({ input: { id: cartId } })
    times[side].push(performance.now() - started)
    // Let push-on-place finish, as a shop's next customer would arrive later.
    await new Promise((r) => setTimeout(r, 300))
  }
  emitter.off("order.placed", ours)
  emitter.on("order.placed", ours)
  const median = (xs: number[]) =>
    [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  // The first carts warm caches up; they are left out on both sides.
  const withMs = median(times.with.slice(2))
  const withoutMs = median(times.without.slice(2))
  return {
    with_ms: withMs,
    without_ms: withoutMs,
    with_vs_without: withMs / withoutMs,
  }
}

export default async function ordersScenario({ container }: ExecArgs) {
  const store = await createStoreFixture(container)
  await linkDishes(container, store)
  console.log("orders bench: placing the orders the rounds reuse…")
  const queued = await makeOrders(container, store, THROUGHPUT_ORDERS, "queued")
  // The bare client sends the same orders, prebuilt: the protocol alone.
  const payloads = await payloadsOf(container, queued)
  const oneByOne = await makeOrders(container, store, LATENCY_ORDERS, "latency")
  const underLoad = await makeOrders(container, store, LOAD_ORDERS, "load")
  const backlogOrders = await makeOrders(
    container,
    store,
    BACKLOG_ORDERS,
    "backlog"
  )
  // The bare client sends the backlog's own orders, prebuilt.
  const backlogPayloads = await payloadsOf(container, backlogOrders)
  const summaries = await repeated(async (round: number) => {
    const at = `orders bench, round ${round + 1}:`
    const figures: Figures = {}
    const put = (prefix: string, f: Figures | Record<string, number>) => {
      for (const [k, v] of Object.entries(f)) figures[`${prefix}_${k}`] = v
    }
    console.log(`${at} throughput over ${THROUGHPUT_ORDERS} orders…`)
    put("throughput", await throughput(container, queued, payloads))
    console.log(`${at} latency over ${LATENCY_ORDERS} orders one at a time…`)
    put("serial", await placedToSent(container, oneByOne, 150, true))
    console.log(`${at} latency over ${LOAD_ORDERS} orders at 10 per second…`)
    put("load", await placedToSent(container, underLoad, 100, false))
    console.log(`${at} backlog of ${BACKLOG_ORDERS} orders after an outage…`)
    put("backlog", await backlog(container, backlogOrders, backlogPayloads))
    console.log(`${at} checkout with and without the plugin, ${CARTS} each…`)
    put("checkout", await checkoutCost(container, store, round))
    return figures
  })
  writeFileSync(
    process.env.BENCH_OUT!,
    JSON.stringify({
      summaries,
      sizes: {
        orders: THROUGHPUT_ORDERS,
        latency_orders: LATENCY_ORDERS,
        load_orders: LOAD_ORDERS,
        backlog_orders: BACKLOG_ORDERS,
        carts: CARTS,
        concurrency: service(container).getOptions().queue.concurrency,
      },
    })
  )
}
