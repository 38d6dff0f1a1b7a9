#!/usr/bin/env node
// @ts-check
// Order-sync benchmark. On a scratch database it migrates Medusa, starts the
// ArchiDelivery emulator answering every call in 50 ms, and runs
// bench/lib/orders-scenario.ts in a booted app (`medusa exec`):
// - drain throughput vs the bare protocol client at the same concurrency,
//   measured in alternating chunks of 100 (goal ≥ 0.8),
// - time from order placed to order in the emulator with push-on-place,
//   p50/p95 (goal p95 ≤ 2 s),
// - completing a cart with the plugin vs without (goal ≤ 1.05).
// Reports figures, never fails on them. Sizes: BENCH_ORDERS (1000),
// BENCH_LATENCY_ORDERS (100), BENCH_CARTS (40 per side).
const { runScenario } = require("./lib/scratch")
const { recordResults, round } = require("./lib/results")

const LATENCY_MS = 50

async function main() {
  const figures = await runScenario({
    name: "orders",
    scenario: "bench/lib/orders-scenario.ts",
    heading: "migrating a scratch database for the order benchmark…",
    latencyMs: LATENCY_MS,
  })
  report(figures)
}

/** @param {Record<string, number>} r */
function report(r) {
  const bareRate = r.orders / r.bare_seconds
  const drainRate = r.orders / r.drain_seconds
  const checkout = r.complete_with_ms / r.complete_without_ms
  console.table([
    {
      figure: `bare client, ${r.orders} orders × ${r.concurrency}`,
      value: round(bareRate),
      unit: "orders/s",
    },
    {
      figure: `plugin drain, ${r.orders} orders × ${r.concurrency}`,
      value: round(drainRate),
      unit: "orders/s",
    },
    {
      figure: "drain ÷ bare client",
      value: round(drainRate / bareRate),
      unit: "goal ≥ 0.8",
    },
    {
      figure: "placed → in ArchiDelivery, p50",
      value: r.latency_p50_ms,
      unit: "ms",
    },
    {
      figure: "placed → in ArchiDelivery, p95",
      value: r.latency_p95_ms,
      unit: "ms (goal ≤ 2000)",
    },
    {
      figure: "complete cart, with plugin (median)",
      value: round(r.complete_with_ms),
      unit: "ms",
    },
    {
      figure: "complete cart, without (median)",
      value: round(r.complete_without_ms),
      unit: "ms",
    },
    { figure: "with ÷ without", value: round(checkout), unit: "goal ≤ 1.05" },
  ])
  recordResults({
    orders_bare_client_rate: {
      value: round(bareRate),
      unit: `orders/s (${r.concurrency} at a time, 50 ms server)`,
    },
    orders_drain_rate: {
      value: round(drainRate),
      unit: `orders/s (${r.concurrency} at a time, 50 ms server)`,
    },
    orders_drain_vs_bare_client: {
      value: round(drainRate / bareRate),
      unit: "× bare client (goal ≥ 0.8)",
    },
    orders_push_on_place_p50: {
      value: r.latency_p50_ms,
      unit: "ms placed → in ArchiDelivery",
    },
    orders_push_on_place_p95: {
      value: r.latency_p95_ms,
      unit: "ms placed → in ArchiDelivery (goal ≤ 2000)",
    },
    orders_checkout_with_vs_without: {
      value: round(checkout),
      unit: "× without the plugin (goal ≤ 1.05)",
    },
  })
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
