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
const { spawn } = require("node:child_process")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { Client } = require("pg")
const { createEmulator } = require("../emulator")
const { ensurePostgres, urlOf } = require("../scripts/lib/postgres")
const { recordResults } = require("./lib/results")

const root = path.join(__dirname, "..")
const LATENCY_MS = 50

/** @param {string} url @param {string} sql */
async function admin(url, sql) {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/**
 * The Medusa CLI in a child process; the emulator lives in this one and keeps
 * answering meanwhile.
 * @param {string[]} args @param {Record<string, string>} env
 */
function medusa(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [require.resolve("@medusajs/cli/cli.js"), ...args],
      {
        cwd: root,
        env: { ...process.env, ...env },
        stdio: ["ignore", "inherit", "inherit"],
      }
    )
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0
        ? resolve(undefined)
        : reject(new Error(`medusa ${args.join(" ")} exited with ${code}`))
    )
  })
}

async function main() {
  const pg = await ensurePostgres()
  const server = new URL(pg.env.DATABASE_URL)
  const maintenance = server.toString()
  const name = `archidelivery_bench_orders_${process.pid}`
  const database = urlOf({
    user: decodeURIComponent(server.username),
    password: decodeURIComponent(server.password),
    host: server.hostname,
    port: server.port || "5432",
    database: name,
  })
  const emulator = createEmulator({ port: 0, controlPort: 0 })
  const out = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), "bench-orders-")),
    "out.json"
  )
  await admin(maintenance, `CREATE DATABASE "${name}"`)
  try {
    await emulator.start()
    await emulator.setFaults({ latency_ms: LATENCY_MS })
    const env = {
      DATABASE_URL: database,
      ARCHIDELIVERY_URL: emulator.url,
      // The minute jobs would race the measured drains.
      ARCHIDELIVERY_JOBS: "off",
      BENCH_CONTROL_URL: emulator.controlUrl,
      BENCH_OUT: out,
      NODE_ENV: "development",
      LOG_LEVEL: "warn",
    }
    console.log("migrating a scratch database for the order benchmark…")
    await medusa(["db:migrate"], env)
    await medusa(["exec", "bench/lib/orders-scenario.ts"], env)
    report(JSON.parse(fs.readFileSync(out, "utf8")))
  } finally {
    await emulator.stop()
    await admin(
      maintenance,
      `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`
    ).catch(() => {})
    await pg.stop()
  }
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

const round = (/** @type {number} */ n) => Math.round(n * 1000) / 1000

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
