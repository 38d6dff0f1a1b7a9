#!/usr/bin/env node
// @ts-check
// `npm run test:cluster`: the plugin on Medusa's distributed set-up. For each
// shared locking provider (Redis and PostgreSQL, side by side): one server
// and two worker instances on one PostgreSQL database, Redis (event bus,
// workflow engine) and the ArchiDelivery emulator. Orders are placed through
// the server's Store API while the emulator injects faults; one worker is
// SIGKILLed midway and started again. Then every order must be in
// ArchiDelivery exactly once, or failed/needs_review with its reason, and
// the push job must have run once per tick across the cluster.
//
// Knobs: REDIS_URL (redis://127.0.0.1:6379), DATABASE_URL or DB_* (else an
// embedded PostgreSQL), CLUSTER_LOCKING (redis,postgres), CLUSTER_SERIAL=1
// (one run after the other), CLUSTER_ORDERS (200), CLUSTER_CONCURRENCY (4),
// CLUSTER_SEED (the fault dice), CLUSTER_SETTLE_SECONDS (240),
// CLUSTER_KEEP_LOGS=1.
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { createEmulator } = require("../emulator")
const {
  ensurePostgres,
  createDatabase,
  dropDatabase,
} = require("./lib/postgres")
const { unwind } = require("./lib/process")
const { runMedusa } = require("./cluster/instances")
const { redisAnswers } = require("./cluster/redis")
const { runCluster, LOCKING_WARNING } = require("./cluster/run")

const env = process.env
const REDIS_URL = env.REDIS_URL || "redis://127.0.0.1:6379"
const VARIANTS = (env.CLUSTER_LOCKING || "redis,postgres")
  .split(",")
  .map((v) => v.trim())
  .filter(Boolean)

const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`
const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "archidelivery-cluster-"))
const started = Date.now()
const say = (/** @type {string} */ line) =>
  console.log(
    `[cluster ${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`
  )

/** @typedef {import("./cluster/run").Check} Check */
/** @type {Check[]} */
const results = []
/** @param {Check[]} checks */
function report(checks) {
  for (const { ok, name, problems } of checks) {
    results.push({ ok, name, problems })
    console.log(`${ok ? "PASS" : "FAIL"}  ${name}`)
    for (const p of problems) console.log(`      - ${p}`)
  }
}

/** Undo steps, run in reverse on the way out (also after a failure). */
/** @type {(() => Promise<unknown>)[]} */
const cleanups = []
const cleanUp = () =>
  unwind(cleanups, { onError: (e) => say(`cleanup: ${e.message}`) })

/**
 * Migrates a template database and seeds the shop into it once; each run
 * copies it. The seed runs on in-memory locking with MEDUSA_INSTANCES=2,
 * so it also shows the start-up warning firing in a real process.
 * @param {string} adminUrl
 */
async function prepareTemplate(adminUrl) {
  const name = `archidelivery_cluster_${runId}_tpl`
  const url = await createDatabase(adminUrl, name)
  cleanups.push(() => dropDatabase(adminUrl, name))
  const emulator = createEmulator({ port: 0, controlPort: 0 })
  await emulator.start()
  try {
    const base = {
      ...env,
      DATABASE_URL: url,
      ARCHIDELIVERY_URL: emulator.url,
      MEDUSA_DISABLE_TELEMETRY: "true",
    }
    say(
      "migrating a template database (every module, both locking providers' tables)…"
    )
    await runMedusa({
      name: "migrate",
      args: ["db:migrate"],
      env: {
        ...base,
        MEDUSA_DISTRIBUTED: "true",
        MEDUSA_LOCKING: "postgres",
        REDIS_URL,
      },
      logDir,
    })
    say(
      "seeding the store (region, publishable key, shipping options, linked dishes)…"
    )
    const fixtureFile = path.join(logDir, "fixture.json")
    const lines = await runMedusa({
      name: "seed",
      args: ["exec", "scripts/cluster/seed.js", fixtureFile],
      env: { ...base, MEDUSA_DISTRIBUTED: "false", MEDUSA_INSTANCES: "2" },
      logDir,
    })
    const warned = lines.some((l) => l.text.includes(LOCKING_WARNING))
    report([
      {
        name: "start-up warns about in-memory locking when several instances are declared (MEDUSA_INSTANCES=2)",
        ok: warned,
        problems: warned
          ? []
          : [`no "${LOCKING_WARNING}" warning in the seed's output`],
      },
    ])
    return { name, fixture: JSON.parse(fs.readFileSync(fixtureFile, "utf8")) }
  } finally {
    await emulator.stop()
  }
}

/** Fails before anything starts when a knob is wrong or Redis is not there. */
async function checkSetUp() {
  const bad = VARIANTS.filter((v) => v !== "redis" && v !== "postgres")
  if (bad.length || !VARIANTS.length) {
    throw new Error(
      `CLUSTER_LOCKING: redis and/or postgres, not "${env.CLUSTER_LOCKING}"`
    )
  }
  if (!(await redisAnswers(REDIS_URL))) {
    throw new Error(`Redis does not answer at ${REDIS_URL} (set REDIS_URL)`)
  }
}

/**
 * One run per locking provider, and their checks reported.
 * @param {import("./cluster/run").RunInput} input
 */
async function runVariants(input) {
  const variants = /** @type {("redis" | "postgres")[]} */ (VARIANTS)
  // Side by side by default: each server is one busy process, so two of them
  // use both cores of a small machine, and their waits overlap.
  if (env.CLUSTER_SERIAL) {
    for (const variant of variants) {
      const checks = await runCluster(variant, input)
      console.log(`\n== ${variant} locking ==`)
      report(checks)
    }
  } else {
    const all = await Promise.all(variants.map((v) => runCluster(v, input)))
    all.forEach((checks, i) => {
      console.log(`\n== ${variants[i]} locking ==`)
      report(checks)
    })
  }
}

async function main() {
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    process.on(signal, async () => {
      say(`${signal}: cleaning up`)
      await cleanUp()
      process.exit(130)
    })
  }
  await checkSetUp()
  const pg = await ensurePostgres({ log: say })
  cleanups.push(() => pg.stop())
  say(`logs: ${logDir}`)
  const template = await prepareTemplate(pg.env.DATABASE_URL)
  await runVariants({
    runId,
    adminUrl: pg.env.DATABASE_URL,
    template: template.name,
    fixture: template.fixture,
    redisUrl: REDIS_URL,
    orders: Number(env.CLUSTER_ORDERS || 200),
    concurrency: Number(env.CLUSTER_CONCURRENCY || 4),
    seed: Number(env.CLUSTER_SEED || 20261128),
    settleMs: Number(env.CLUSTER_SETTLE_SECONDS || 240) * 1000,
    logDir,
    env,
    say,
  })
}

main()
  .catch((e) =>
    report([
      {
        name: "the cluster test ran",
        ok: false,
        problems: [e instanceof Error ? e.message : String(e)],
      },
    ])
  )
  .finally(async () => {
    await cleanUp()
    const failed = results.filter((r) => !r.ok).length
    const passed = results.length - failed
    console.log(
      `\n${failed || !results.length ? "FAIL" : "PASS"}: cluster test in ${((Date.now() - started) / 1000).toFixed(0)} s`
    )
    if (failed || env.CLUSTER_KEEP_LOGS) {
      console.log(`logs: ${logDir}`)
    } else {
      fs.rmSync(logDir, { recursive: true, force: true })
    }
    console.log(`${passed} passed, ${failed} failed`)
    process.exit(failed || !results.length ? 1 : 0)
  })
