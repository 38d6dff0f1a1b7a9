#!/usr/bin/env node
// @ts-check
// Order-sync benchmark. On a scratch database it migrates Medusa, starts the
// ArchiDelivery emulator answering every call in 50 ms, and runs
// bench/lib/orders-scenario.ts in a booted app (`medusa exec`), every part
// BENCH_REPEATS times (3), each figure the median with its spread:
// - drain throughput vs the bare protocol client at the same concurrency,
//   measured in alternating chunks of 100 (goal ≥ 0.9),
// - time from order placed to order in the emulator with push-on-place,
//   one at a time and at 10 per second (goal p95 ≤ 300 ms under load),
// - the drain of a backlog left by a 10-minute outage vs the bare client
//   sending the same orders (goal ≤ 1.2),
// - completing a cart with the plugin vs without (goal ≤ 1.05).
// Reports figures, never fails on them. Sizes: BENCH_ORDERS (1000),
// BENCH_LATENCY_ORDERS (100), BENCH_LOAD_ORDERS (300),
// BENCH_BACKLOG_ORDERS (500), BENCH_CARTS (40 per side).
const { runScenario } = require("./lib/scratch")
const { figureOf, recordResults } = require("./lib/results")
const { show } = require("./lib/stats")

const LATENCY_MS = 50

async function main() {
  const out = await runScenario({
    name: "orders",
    scenario: "bench/lib/orders-scenario.ts",
    heading: "migrating a scratch database for the order benchmark…",
    latencyMs: LATENCY_MS,
  })
  report(/** @type {any} */ (out))
}

/**
 * @typedef {ReturnType<typeof import("./lib/stats").summarize>} Summary
 * @param {{ summaries: Record<string, Summary>,
 *   sizes: Record<string, number> }} out
 */
function report({ summaries: s, sizes: n }) {
  const at = `${n.concurrency} at a time, ${LATENCY_MS} ms server`
  /** @type {[string, string, Summary, string][]} */
  const rows = [
    [
      "orders_bare_client_rate",
      `bare client, ${n.orders} orders`,
      s.throughput_bare_rate,
      `orders/s (${at})`,
    ],
    [
      "orders_drain_rate",
      `plugin drain, ${n.orders} orders`,
      s.throughput_drain_rate,
      `orders/s (${at})`,
    ],
    [
      "orders_drain_vs_bare_client",
      "drain ÷ bare client",
      s.throughput_drain_vs_bare,
      "× bare client (goal ≥ 0.9)",
    ],
    [
      "orders_push_on_place_p50",
      `placed → in ArchiDelivery, ${n.latency_orders} one at a time, p50`,
      s.serial_p50,
      "ms",
    ],
    [
      "orders_push_on_place_p95",
      `placed → in ArchiDelivery, ${n.latency_orders} one at a time, p95`,
      s.serial_p95,
      "ms",
    ],
    [
      "orders_push_on_place_load_p50",
      `placed → in ArchiDelivery, ${n.load_orders} at 10/s, p50`,
      s.load_p50,
      "ms",
    ],
    [
      "orders_push_on_place_load_p95",
      `placed → in ArchiDelivery, ${n.load_orders} at 10/s, p95`,
      s.load_p95,
      "ms (goal ≤ 300)",
    ],
    [
      "orders_backlog_bare_seconds",
      `bare client, ${n.backlog_orders} backlog orders`,
      s.backlog_bare_seconds,
      `s (${at})`,
    ],
    [
      "orders_backlog_drain_seconds",
      `drain after a 10-minute outage, ${n.backlog_orders} orders`,
      s.backlog_drain_seconds,
      "s from the first drain until all sent",
    ],
    [
      "orders_backlog_drains",
      "drains the backlog took",
      s.backlog_drains,
      "drainOrderQueue runs",
    ],
    [
      "orders_backlog_vs_bare_client",
      "backlog drain ÷ bare client",
      s.backlog_drain_vs_bare,
      "× bare client's time (goal ≤ 1.2)",
    ],
    [
      "orders_checkout_with_ms",
      `complete cart, with plugin (median of ${n.carts})`,
      s.checkout_with_ms,
      "ms",
    ],
    [
      "orders_checkout_without_ms",
      `complete cart, without (median of ${n.carts})`,
      s.checkout_without_ms,
      "ms",
    ],
    [
      "orders_checkout_with_vs_without",
      "with ÷ without",
      s.checkout_with_vs_without,
      "× without the plugin (goal ≤ 1.05)",
    ],
  ]
  console.table(
    rows.map(([, figure, summary, unit]) => ({
      figure,
      "median (min–max)": show(summary),
      spread: Number(summary.spread.toFixed(3)),
      unit,
    }))
  )
  recordResults(
    Object.fromEntries(
      rows.map(([name, , summary, unit]) => [name, figureOf(summary, unit)])
    )
  )
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
