// Runs inside `medusa exec` (a booted app on a scratch database), driven by
// bench/orders.js against the emulator answering every call in 50 ms:
// 1. throughput: the bare protocol client sends N orders at the queue's
//    concurrency (baseline) and the plugin's drain sends N queued orders,
//    alternating in chunks of 100 so both meet the same machine load;
// 2. latency: orders placed one by one (order.placed), push-on-place on,
//    time until the emulator has created each;
// 3. checkout cost: completeCartWorkflow with the plugin's order.placed
//    subscriber attached and detached, alternately, in the same process.
import { writeFileSync } from "node:fs"
import { performance } from "node:perf_hooks"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
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
import { runOrderDrain } from "../../src/workflows/orders/drain-order-queue"
import { loadOrdersForPush } from "../../src/workflows/orders/load-orders-for-push"
import {
  createOrder,
  linkDishes,
  syncRows,
  waitFor,
} from "../../integration-tests/utils/orders"
import {
  createStoreFixture,
  KYIV_ADDRESS,
  type StoreFixture,
} from "../../integration-tests/utils/store"

const THROUGHPUT_ORDERS = Number(process.env.BENCH_ORDERS ?? 1000)
const LATENCY_ORDERS = Number(process.env.BENCH_LATENCY_ORDERS ?? 100)
const CARTS = Number(process.env.BENCH_CARTS ?? 40)

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
  const orders: { id: string; display_id: number }[] = []
  await eachLimited(Array.from({ length: count }), 8, async (_, i) => {
    orders.push(
      await createOrder(container, store, { email: `${tag}-${i}@example.com` })
    )
  })
  return orders
}

/** Orders per chunk: bare and drain alternate, so load from elsewhere hits both alike. */
const CHUNK = 100

async function throughput(
  container: MedusaContainer,
  store: StoreFixture,
  out: Record<string, number>
) {
  const options = service(container).getOptions()
  const concurrency = options.queue.concurrency
  const client = service(container).getClient()
  // Baseline orders get their payloads built beforehand: the bare client
  // measures the protocol alone.
  const bare = await makeOrders(container, store, THROUGHPUT_ORDERS, "bare")
  const data = await loadOrdersForPush(
    container,
    bare.map((o) => o.id)
  )
  const payloads = bare.map((o) => {
    const d = data.get(o.id)!
    return buildOrderPayload({
      order: d.order!,
      productLinks: d.product_links,
      options,
    }).params
  })
  const queued = await makeOrders(container, store, THROUGHPUT_ORDERS, "queued")

  out.bare_seconds = 0
  out.drain_seconds = 0
  let sent = 0
  for (let i = 0; i < THROUGHPUT_ORDERS; i += CHUNK) {
    let started = performance.now()
    await eachLimited(payloads.slice(i, i + CHUNK), concurrency, async (p) => {
      await client.newOrder(p)
    })
    out.bare_seconds += (performance.now() - started) / 1000

    await service(container).enqueueOrderSyncs(
      queued
        .slice(i, i + CHUNK)
        .map((o) => ({ order_id: o.id, display_id: o.display_id }))
    )
    started = performance.now()
    const result = await runOrderDrain(container, { maxRounds: 100_000 })
    out.drain_seconds += (performance.now() - started) / 1000
    sent += result.sent
  }
  if (sent !== THROUGHPUT_ORDERS) {
    throw new Error(`the drain sent ${sent} of ${THROUGHPUT_ORDERS}`)
  }
  out.orders = THROUGHPUT_ORDERS
  out.concurrency = concurrency
}

async function latency(
  container: MedusaContainer,
  store: StoreFixture,
  out: Record<string, number>
) {
  const orders = await makeOrders(container, store, LATENCY_ORDERS, "latency")
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const placedAt = new Map<string, number>()
  for (const order of orders) {
    placedAt.set(order.id, Date.now())
    await eventBus.emit({ name: "order.placed", data: { id: order.id } })
    // Orders arriving a few per second, as at a busy dinner time.
    await new Promise((r) => setTimeout(r, 150))
  }
  const ids = new Set(orders.map((o) => o.id))
  await waitFor(
    "every placed order sent",
    async () =>
      (await syncRows(container)).filter(
        (r) => ids.has(r.order_id) && r.status === "sent"
      ).length === ids.size,
    300_000
  )
  // The emulator's own creation time of each order, read from its control API.
  const state = (await (
    await fetch(`${process.env.BENCH_CONTROL_URL}/state`)
  ).json()) as {
    orders: { created_at: string; params: Record<string, string> }[]
  }
  const createdAt = new Map<string, number>()
  for (const o of state.orders) {
    const marker = /#(\d+)$/.exec(o.params.comment ?? "")?.[1]
    if (marker) createdAt.set(marker, Date.parse(o.created_at))
  }
  const delays = orders
    .map((o) => createdAt.get(String(o.display_id))! - placedAt.get(o.id)!)
    .sort((a, b) => a - b)
  const pct = (p: number) =>
    delays[
      Math.min(delays.length - 1, Math.ceil((p / 100) * delays.length) - 1)
    ]
  out.latency_p50_ms = pct(50)
  out.latency_p95_ms = pct(95)
}

async function checkoutCost(
  container: MedusaContainer,
  store: StoreFixture,
  out: Record<string, number>
) {
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
        email: `cart-${i}@example.com`,
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
  out.complete_with_ms = median(times.with.slice(2))
  out.complete_without_ms = median(times.without.slice(2))
}

export default async function ordersScenario({ container }: ExecArgs) {
  const store = await createStoreFixture(container)
  await linkDishes(container, store)
  const out: Record<string, number> = {}
  console.log(`orders bench: throughput over ${THROUGHPUT_ORDERS} orders…`)
  await throughput(container, store, out)
  console.log(`orders bench: latency over ${LATENCY_ORDERS} placed orders…`)
  await latency(container, store, out)
  console.log(
    `orders bench: checkout with and without the plugin over ${CARTS} carts each…`
  )
  await checkoutCost(container, store, out)
  writeFileSync(process.env.BENCH_OUT!, JSON.stringify(out))
}
