#!/usr/bin/env node
// @ts-check
// `npm run test:e2e`: the admin pages in headless Chromium against a real
// host. Starts PostgreSQL (the configured one or an embedded one) and the
// ArchiDelivery emulator, migrates a fresh database, creates an admin user,
// seeds a storefront, builds the admin, starts `medusa start`, runs
// integration-tests/e2e/admin.e2e.js and stops everything. Screenshots go to
// artifacts/e2e/. Prints "N passed, N failed"; exits non-zero on a failure.
const { spawn } = require("node:child_process")
const fs = require("node:fs")
const net = require("node:net")
const path = require("node:path")
const { Client } = require("pg")
const { ensurePostgres } = require("./lib/postgres")

const root = path.join(__dirname, "..")
const artifactsDir = path.join(root, "artifacts", "e2e")
// `medusa start` serves the admin from <project>/public/admin.
const adminOutDir = path.join(root, "public", "admin")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const admin = { email: "admin@example.com", password: "supersecret" }
const dbName = `archidelivery_e2e_${process.pid}`

const say = (/** @type {string} */ line) => console.log(`[e2e] ${line}`)

/** @type {(() => Promise<void>)[]} */
const cleanups = []
/** @type {Set<import("node:child_process").ChildProcess>} */
const children = new Set()

async function cleanup() {
  for (const child of children) {
    child.kill("SIGTERM")
  }
  await Promise.all([...children].map((c) => exited(c, 15_000)))
  for (const fn of cleanups.reverse()) {
    await fn().catch((e) =>
      say(`cleanup: ${e instanceof Error ? e.message : e}`)
    )
  }
}

/** Resolves when the child has exited, killing it after `ms`. */
function exited(
  /** @type {import("node:child_process").ChildProcess} */ child,
  ms
) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      return resolve(undefined)
    const timer = setTimeout(() => child.kill("SIGKILL"), ms)
    child.once("exit", () => (clearTimeout(timer), resolve(undefined)))
  })
}

/**
 * Runs a command to completion; its output is kept for the error message.
 * @param {string} label @param {string[]} argv @param {NodeJS.ProcessEnv} env
 */
function run(label, argv, env) {
  say(label)
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    })
    children.add(child)
    let tail = ""
    const keep = (/** @type {Buffer} */ chunk) => {
      tail = (tail + chunk.toString()).slice(-6000)
      if (process.env.E2E_VERBOSE) process.stdout.write(chunk)
    }
    child.stdout.on("data", keep)
    child.stderr.on("data", keep)
    child.on("exit", (code) => {
      children.delete(child)
      code === 0
        ? resolve(undefined)
        : reject(new Error(`${label} failed (exit ${code}):\n${tail}`))
    })
  })
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() =>
        resolve(typeof address === "object" && address ? address.port : 0)
      )
    })
  })
}

/** A fresh database for this run, dropped at the end. */
async function createDatabase(/** @type {string} */ adminUrl) {
  const client = new Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`drop database if exists "${dbName}"`)
    await client.query(`create database "${dbName}"`)
  } finally {
    await client.end()
  }
  cleanups.push(async () => {
    const c = new Client({ connectionString: adminUrl })
    await c.connect()
    try {
      await c.query(`drop database if exists "${dbName}" with (force)`)
    } finally {
      await c.end()
    }
  })
  const url = new URL(adminUrl)
  url.pathname = `/${dbName}`
  return url.toString()
}

/** Builds the dashboard with this project's admin extensions, as `medusa build` does. */
async function buildAdmin() {
  say("building the admin (a minute or two)…")
  const hadPublic = fs.existsSync(path.join(root, "public"))
  fs.rmSync(adminOutDir, { recursive: true, force: true })
  const { build } = require("@medusajs/admin-bundler")
  await build({
    path: "/app",
    backendUrl: "/",
    outDir: adminOutDir,
    sources: [path.join(root, "src", "admin")],
    plugins: [],
  })
  cleanups.push(async () => {
    fs.rmSync(hadPublic ? adminOutDir : path.join(root, "public"), {
      recursive: true,
      force: true,
    })
  })
}

/** Starts `medusa start` and resolves once /health answers. */
async function startServer(
  /** @type {NodeJS.ProcessEnv} */ env,
  /** @type {number} */ port
) {
  say(`starting Medusa on port ${port}`)
  const log = fs.createWriteStream(path.join(artifactsDir, "server.log"))
  const server = spawn(medusaBin, ["start"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  })
  children.add(server)
  server.stdout.pipe(log)
  server.stderr.pipe(log)
  let exitCode = /** @type {number | null} */ (null)
  server.on("exit", (code) => {
    exitCode = code ?? 1
    children.delete(server)
  })
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (exitCode !== null) {
      throw new Error(
        `Medusa exited (code ${exitCode}); see artifacts/e2e/server.log`
      )
    }
    const ok = await fetch(`http://localhost:${port}/health`)
      .then((r) => r.ok)
      .catch(() => false)
    if (ok) return
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(
    "Medusa did not answer /health within 3 minutes; see artifacts/e2e/server.log"
  )
}

async function main() {
  fs.rmSync(artifactsDir, { recursive: true, force: true })
  fs.mkdirSync(artifactsDir, { recursive: true })

  const pg = await ensurePostgres({ log: say })
  cleanups.push(pg.stop)
  const databaseUrl = await createDatabase(pg.env.DATABASE_URL)

  const { createEmulator } = require("../emulator")
  const emulator = createEmulator({
    port: 0,
    controlPort: 0,
    host: "127.0.0.1",
  })
  await emulator.start()
  cleanups.push(() => emulator.stop())

  const port = /** @type {number} */ (await freePort())
  const fixtureFile = path.join(artifactsDir, "fixture.json")
  const env = {
    ...process.env,
    ...pg.env,
    DATABASE_URL: databaseUrl,
    ARCHIDELIVERY_URL: emulator.url,
    // The admin's actions drive everything; a minute timer would only add noise.
    ARCHIDELIVERY_JOBS: "off",
    PORT: String(port),
    MEDUSA_DISABLE_TELEMETRY: "true",
    E2E_FIXTURE_FILE: fixtureFile,
  }

  await run("migrating a fresh database", [medusaBin, "db:migrate"], env)
  await run(
    "creating the admin user",
    [medusaBin, "user", "-e", admin.email, "-p", admin.password],
    env
  )
  await run(
    "seeding the storefront",
    [medusaBin, "exec", "./integration-tests/e2e/seed.ts"],
    env
  )
  await buildAdmin()
  // Not "production": Medusa then marks the session cookie Secure, and
  // express-session never sets one over the plain HTTP this test uses.
  // Any other value but "development" serves the built admin.
  await startServer({ ...env, NODE_ENV: "test" }, port)

  const { runAdminE2e } = require("../integration-tests/e2e/admin.e2e")
  const results = await runAdminE2e({
    baseUrl: `http://localhost:${port}`,
    controlUrl: emulator.controlUrl,
    admin,
    fixture: JSON.parse(fs.readFileSync(fixtureFile, "utf8")),
    artifactsDir,
    log: (line) => console.log(`  ${line}`),
  })
  const passed = results.filter((r) => r.ok).length
  const failed = results.length - passed
  console.log(`screenshots: ${path.relative(root, artifactsDir)}/`)
  console.log(`${passed} passed, ${failed} failed`)
  return failed ? 1 : 0
}

let code = 1
main()
  .then((c) => (code = c))
  .catch((e) => {
    console.error(`[e2e] ${e instanceof Error ? (e.stack ?? e.message) : e}`)
    console.log("0 passed, 1 failed")
  })
  .finally(async () => {
    await cleanup()
    process.exit(code)
  })

for (const signal of /** @type {NodeJS.Signals[]} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => cleanup().then(() => process.exit(130)))
}
