#!/usr/bin/env node
// @ts-check
// Menu import benchmark. On a scratch database it migrates Medusa, starts the
// ArchiDelivery emulator, and runs bench/lib/import-scenario.ts in a booted
// app (`medusa exec`): per menu size, bare createProductsWorkflow (baseline),
// the import, and re-imports with nothing changed (median of three). Reports
// ratios, not a pass/fail. Sizes: BENCH_IMPORT_SIZES (default "2000,10000").
const { spawn } = require("node:child_process")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { Client } = require("pg")
const { createEmulator } = require("../emulator")
const { ensurePostgres, urlOf } = require("../scripts/lib/postgres")
const { recordResults } = require("./lib/results")

const root = path.join(__dirname, "..")
const sizes = (process.env.BENCH_IMPORT_SIZES ?? "2000,10000")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)

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
 * Runs the Medusa CLI without blocking: the emulator lives in this process
 * and must keep answering while the app imports from it.
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
  const name = `archidelivery_bench_import_${process.pid}`
  const database = urlOf({
    user: decodeURIComponent(server.username),
    password: decodeURIComponent(server.password),
    host: server.hostname,
    port: server.port || "5432",
    database: name,
  })
  const emulator = createEmulator({ port: 0, controlPort: 0 })
  const out = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), "bench-import-")),
    "out.json"
  )
  await admin(maintenance, `CREATE DATABASE "${name}"`)
  try {
    await emulator.start()
    const env = {
      DATABASE_URL: database,
      ARCHIDELIVERY_URL: emulator.url,
      ARCHIDELIVERY_JOBS: "off",
      BENCH_CONTROL_URL: emulator.controlUrl,
      BENCH_OUT: out,
      NODE_ENV: "development",
      LOG_LEVEL: "warn",
    }
    console.log(
      `migrating a scratch database for ${sizes.join(" and ")} menu items…`
    )
    await medusa(["db:migrate"], env)
    await medusa(
      ["exec", "bench/lib/import-scenario.ts", ...sizes.map(String)],
      env
    )
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
  /** @type {Record<string, { value: number, unit: string }>} */
  const figures = {}
  const rows = sizes.map((n) => {
    const ratio = r[`import_${n}_s`] / r[`baseline_${n}_s`]
    const again = r[`reimport_${n}_s`] / r[`import_${n}_s`]
    figures[`import_${n}_vs_create_products`] = {
      value: round(ratio),
      unit: "× baseline (goal ≤ 1.3)",
    }
    figures[`reimport_${n}_vs_import`] = {
      value: round(again),
      unit: "× first import (goal ≤ 0.15)",
    }
    figures[`import_${n}_seconds`] = {
      value: round(r[`import_${n}_s`]),
      unit: "s",
    }
    figures[`import_${n}_peak_rss`] = {
      value: Math.round(r[`import_${n}_peak_rss_mb`]),
      unit: "MB",
    }
    return {
      items: n,
      "baseline s": round(r[`baseline_${n}_s`]),
      "import s": round(r[`import_${n}_s`]),
      "import ÷ baseline": round(ratio),
      "re-import s": round(r[`reimport_${n}_s`]),
      "re-import ÷ import": round(again),
      "peak RSS MB": Math.round(r[`import_${n}_peak_rss_mb`]),
    }
  })
  console.table(rows)
  recordResults(figures)
}

const round = (/** @type {number} */ n) => Math.round(n * 1000) / 1000

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
