#!/usr/bin/env node
// @ts-check
// `npm run test:e2e`: the admin pages in headless Chromium against a real
// host. Starts PostgreSQL (the configured one or an embedded one) and the
// ArchiDelivery emulator, migrates a fresh database, creates an admin user,
// seeds a storefront, builds the admin, starts `medusa start`, runs
// integration-tests/e2e/admin.e2e.js and stops everything. Screenshots go to
// artifacts/e2e/. Prints "N passed, N failed"; exits non-zero on a failure.
const fs = require("node:fs")
const path = require("node:path")
const {
  ensurePostgres,
  createDatabase,
  dropDatabase,
} = require("./lib/postgres")
const { freePort } = require("./lib/ports")
const {
  run: runCommand,
  start,
  stopChild,
  unwind,
  waitForHttp,
} = require("./lib/process")

const root = path.join(__dirname, "..")
const artifactsDir = path.join(root, "artifacts", "e2e")
// `medusa start` serves the admin from <project>/public/admin.
const adminOutDir = path.join(root, "public", "admin")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const admin = { email: "admin@example.com", password: "supersecret" }
// Delivery zones of the e2e host: the centre also takes the storefront's
// address by its city (it sends no coordinates), the suburbs have a hole,
// the village is a circle.
const square = (
  /** @type {number} */ x,
  /** @type {number} */ y,
  /** @type {number} */ w,
  /** @type {number} */ h
) => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
  [x, y],
]
const E2E_ZONES = [
  {
    id: "centre",
    name: "Centre",
    priority: 10,
    fee: 40,
    freeFrom: 300,
    pointId: "5",
    cities: ["Київ"],
    geometry: {
      type: "Polygon",
      coordinates: [square(30.45, 50.42, 0.1, 0.06)],
    },
  },
  {
    id: "suburbs",
    name: "Suburbs",
    priority: 1,
    fee: 90,
    minOrderAmount: 400,
    pointId: "10",
    geometry: {
      type: "Polygon",
      coordinates: [
        square(30.2, 50.3, 0.6, 0.3),
        square(30.62, 50.32, 0.1, 0.05),
      ],
    },
  },
  {
    id: "village",
    name: "Village",
    priority: 5,
    fee: 150,
    minOrderAmount: 500,
    pointId: "10",
    circle: { center: [30.9, 50.5], radius_m: 3000 },
  },
]

const dbName = `archidelivery_e2e_${process.pid}`

const say = (/** @type {string} */ line) => console.log(`[e2e] ${line}`)

/** @type {(() => Promise<void>)[]} */
const cleanups = []
/** @type {Set<import("node:child_process").ChildProcess>} */
const children = new Set()

async function cleanup() {
  await Promise.all([...children].map((c) => stopChild(c, 15_000)))
  await unwind(cleanups, {
    onError: (e) => say(`cleanup: ${e instanceof Error ? e.message : e}`),
  })
}

/**
 * Runs a command to completion; its output is kept for the error message.
 * @param {string} label @param {string[]} argv @param {NodeJS.ProcessEnv} env
 */
async function run(label, argv, env) {
  say(label)
  const { code, out } = await runCommand(argv, {
    cwd: root,
    env,
    children,
    keep: 6000,
    onOutput: process.env.E2E_VERBOSE
      ? (chunk) => process.stdout.write(chunk)
      : undefined,
  })
  if (code !== 0) throw new Error(`${label} failed (exit ${code}):\n${out}`)
}

/** A fresh database for this run, dropped at the end. */
async function scratchDatabase(/** @type {string} */ adminUrl) {
  await dropDatabase(adminUrl, dbName)
  const url = await createDatabase(adminUrl, dbName)
  cleanups.push(() => dropDatabase(adminUrl, dbName))
  return url
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
  const server = start([medusaBin, "start"], { cwd: root, env, children })
  server.stdout?.pipe(log)
  server.stderr?.pipe(log)
  let exitCode = /** @type {number | null} */ (null)
  server.on("exit", (code) => {
    exitCode = code ?? 1
  })
  const answered = await waitForHttp(`http://localhost:${port}/health`, {
    timeoutMs: 180_000,
    check: () => {
      if (exitCode !== null) {
        throw new Error(
          `Medusa exited (code ${exitCode}); see artifacts/e2e/server.log`
        )
      }
    },
  })
  if (!answered) {
    throw new Error(
      "Medusa did not answer /health within 3 minutes; see artifacts/e2e/server.log"
    )
  }
}

/**
 * PostgreSQL with a fresh database, the emulator, and the environment the
 * host runs in.
 */
async function startServices() {
  const pg = await ensurePostgres({ log: say })
  cleanups.push(pg.stop)
  const databaseUrl = await scratchDatabase(pg.env.DATABASE_URL)

  const { createEmulator } = require("../emulator")
  const emulator = createEmulator({
    port: 0,
    controlPort: 0,
    host: "127.0.0.1",
  })
  await emulator.start()
  cleanups.push(() => emulator.stop())

  const port = await freePort()
  const fixtureFile = path.join(artifactsDir, "fixture.json")
  const env = {
    ...process.env,
    ...pg.env,
    DATABASE_URL: databaseUrl,
    ARCHIDELIVERY_URL: emulator.url,
    // The admin's actions drive everything; a minute timer would only add noise.
    ARCHIDELIVERY_JOBS: "off",
    ARCHIDELIVERY_ZONES: JSON.stringify(E2E_ZONES),
    PORT: String(port),
    MEDUSA_DISABLE_TELEMETRY: "true",
    E2E_FIXTURE_FILE: fixtureFile,
  }
  return { env, port, fixtureFile, controlUrl: emulator.controlUrl }
}

/** Migrates, creates the admin user and seeds the storefront. */
async function prepareHost(/** @type {NodeJS.ProcessEnv} */ env) {
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
}

/**
 * The browser tests against the running host; the exit code.
 * @param {Awaited<ReturnType<typeof startServices>>} services
 */
async function runBrowser({ port, fixtureFile, controlUrl }) {
  const { runAdminE2e } = require("../integration-tests/e2e/admin.e2e")
  const results = await runAdminE2e({
    baseUrl: `http://localhost:${port}`,
    controlUrl,
    admin,
    fixture: JSON.parse(fs.readFileSync(fixtureFile, "utf8")),
    artifactsDir,
    log: (/** @type {string} */ line) => console.log(`  ${line}`),
  })
  const passed = results.filter((r) => r.ok).length
  const failed = results.length - passed
  console.log(`screenshots: ${path.relative(root, artifactsDir)}/`)
  console.log(`${passed} passed, ${failed} failed`)
  return failed ? 1 : 0
}

async function main() {
  fs.rmSync(artifactsDir, { recursive: true, force: true })
  fs.mkdirSync(artifactsDir, { recursive: true })

  const services = await startServices()
  await prepareHost(services.env)
  await buildAdmin()
  // Not "production": Medusa then marks the session cookie Secure, and
  // express-session never sets one over the plain HTTP this test uses.
  // Any other value but "development" serves the built admin.
  await startServer({ ...services.env, NODE_ENV: "test" }, services.port)
  return runBrowser(services)
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
