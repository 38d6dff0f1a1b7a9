#!/usr/bin/env node
// @ts-check
// Soak benchmark. On a scratch database, with the emulator answering every
// call in 50 ms, bench/lib/soak-scenario.ts places orders at a steady rate
// (BENCH_SOAK_RATE per second, 2) for BENCH_SOAK_MINUTES (30) in a booted
// app, push-on-place on and the minute jobs' drain and status follow-up run
// every minute, and compares the heap after a full collection at the end
// with the same at the start (goal: growth ≤ 20 MB). Never fails on a number.
const { runScenario } = require("./lib/scratch")
const { recordResults, round, figureOf } = require("./lib/results")
const { summarize } = require("./lib/stats")

const MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 30)
const RATE = Number(process.env.BENCH_SOAK_RATE ?? 2)

async function main() {
  const r = await runScenario({
    name: "soak",
    scenario: "bench/lib/soak-scenario.ts",
    heading: `migrating a scratch database for a ${MINUTES}-minute soak at ${RATE} orders/s…`,
    latencyMs: 50,
    nodeOptions: "--expose-gc",
  })
  const before = summarize(r.heap_before_mb)
  const after = summarize(r.heap_after_mb)
  const growth = summarize(
    r.heap_after_mb.map(
      (/** @type {number} */ a, /** @type {number} */ i) =>
        a - r.heap_before_mb[i]
    )
  )
  console.table([
    { figure: "orders placed", value: r.orders, unit: "" },
    { figure: "orders sent", value: r.sent, unit: "" },
    {
      figure: "heap at start (median of 3)",
      value: round(before.median),
      unit: "MB",
    },
    {
      figure: "heap at end (median of 3)",
      value: round(after.median),
      unit: "MB",
    },
    {
      figure: "heap growth",
      value: round(growth.median),
      unit: "MB (goal ≤ 20)",
    },
    { figure: "RSS at start", value: Math.round(r.rss_before_mb), unit: "MB" },
    { figure: "RSS at end", value: Math.round(r.rss_after_mb), unit: "MB" },
  ])
  if (!r.gc) {
    console.warn(
      "global.gc was not available: the heap figures include garbage"
    )
  }
  recordResults({
    soak_heap_growth_mb: figureOf(
      growth,
      `MB heap after − before, ${MINUTES} min at ${RATE} orders/s (goal ≤ 20)`
    ),
    soak_orders_sent: {
      value: r.sent,
      unit: `of ${r.orders} placed over ${MINUTES} min`,
    },
  })
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
