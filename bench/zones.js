#!/usr/bin/env node
// @ts-check
// Shipping price benchmark. Calls the fulfillment provider's calculatePrice
// for the courier with 50 generated zones of 200 vertices each (overlapping,
// with holes and random priorities) at random addresses, some outside every
// zone, and the same call with today's flat fee (no zones) as the baseline
// in the same run, alternating, three rounds. Reports p95 per call (goal
// ≤ 5 ms) and the ratio as medians with their spread; never fails on a
// number. Needs no database or server.
require("ts-node/register/transpile-only")
const { recordResults, figureOf } = require("./lib/results")
const { repeated, summarize, show } = require("./lib/stats")
const Provider = require("../src/providers/archidelivery/service").default

const ZONES = 50
const VERTICES = 200
const CALLS = Number(process.env.BENCH_ZONES_CALLS ?? 20_000)

// A deterministic generator: the same zones and addresses every run.
let seed = 17
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed / 2_147_483_648
}

/** A closed ring of `n` vertices around a centre, its radius jittered. */
function ring(cx, cy, radius, n) {
  const out = []
  for (let i = 0; i < n - 1; i++) {
    const a = (i / (n - 1)) * 2 * Math.PI
    const r = radius * (0.8 + 0.4 * random())
    out.push([cx + r * Math.cos(a), cy + r * Math.sin(a)])
  }
  out.push(out[0])
  return out
}

function zones() {
  const list = []
  for (let i = 0; i < ZONES; i++) {
    const cx = 30.2 + (i % 10) * 0.06
    const cy = 50.3 + Math.floor(i / 10) * 0.06
    const outer = ring(cx, cy, 0.05, VERTICES)
    // Every fifth zone has a hole in it.
    const coordinates = i % 5 === 0 ? [outer, ring(cx, cy, 0.01, 20)] : [outer]
    list.push({
      id: `z${i}`,
      name: `Zone ${i}`,
      priority: Math.floor(random() * 5),
      fee: 40 + (i % 7) * 10,
      freeFrom: 500,
      minOrderAmount: 0,
      pointId: "5",
      geometry: { type: "Polygon", coordinates },
    })
  }
  return list
}

const quiet = { warn() {}, info() {}, error() {} }
const base = { url: "http://127.0.0.1:9" }
const zoned = new Provider(
  { logger: quiet },
  { ...base, delivery: { fee: 60, zones: zones() } }
)
const flat = new Provider({ logger: quiet }, { ...base, delivery: { fee: 60 } })
const option = { id: "archidelivery-delivery" }

const addresses = Array.from({ length: 1000 }, () => ({
  address_1: "вул. Хрещатик, 22",
  metadata: { lat: 50.2 + random() * 0.45, lng: 30.1 + random() * 0.8 },
}))
const items = [{ unit_price: 250, quantity: 1 }]

/** p50 and p95 of one call, in ms, over CALLS calls (after a warm-up). */
async function measure(provider) {
  const times = []
  for (let i = 0; i < CALLS + 1000; i++) {
    const context = { items, shipping_address: addresses[i % addresses.length] }
    const t0 = process.hrtime.bigint()
    await provider.calculatePrice(option, {}, context)
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    if (i >= 1000) {
      times.push(ms)
    }
  }
  times.sort((a, b) => a - b)
  const at = (q) =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))]
  return { p50: at(0.5), p95: at(0.95) }
}

async function main() {
  // The zoned price must differ by address, or the zones were never consulted.
  const fees = new Set()
  for (const a of addresses.slice(0, 200)) {
    const r = await zoned.calculatePrice(
      option,
      {},
      { items, shipping_address: a }
    )
    fees.add(r.calculated_amount)
  }
  console.log(
    `distinct fees over 200 addresses: ${[...fees].sort((a, b) => a - b).join(", ")}`
  )
  // Flat and zoned alternate, three rounds, so drift hits both alike.
  const rounds = await repeated(async () => {
    const baseline = await measure(flat)
    const withZones = await measure(zoned)
    return {
      flat_p50: baseline.p50,
      flat_p95: baseline.p95,
      zoned_p50: withZones.p50,
      zoned_p95: withZones.p95,
      ratio: withZones.p95 / Math.max(baseline.p95, 1e-6),
    }
  })
  const inUs = (/** @type {ReturnType<typeof summarize>} */ s) =>
    summarize(s.values.map((ms) => ms * 1000))
  console.table([
    {
      case: "flat fee (baseline)",
      "p50 µs": show(inUs(rounds.flat_p50), 1),
      "p95 µs": show(inUs(rounds.flat_p95), 1),
    },
    {
      case: `${ZONES} zones × ${VERTICES} vertices`,
      "p50 µs": show(inUs(rounds.zoned_p50), 1),
      "p95 µs": show(inUs(rounds.zoned_p95), 1),
    },
    { case: "zoned p95 ÷ flat p95", "p95 µs": show(rounds.ratio) },
  ])
  recordResults({
    zones_price_p95_ms: figureOf(
      rounds.zoned_p95,
      `ms per call, ${ZONES} zones × ${VERTICES} vertices (goal ≤ 5)`
    ),
    zones_price_p95_vs_flat: figureOf(rounds.ratio, "× flat-fee p95"),
  })
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
