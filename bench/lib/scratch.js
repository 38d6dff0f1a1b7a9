// @ts-check
// What every benchmark runs on: a scratch database of its own on the
// PostgreSQL ensurePostgres finds, migrated; the ArchiDelivery emulator in
// this process; and a scenario run in a booted app (`medusa exec`) that
// writes its figures as JSON to BENCH_OUT. Everything goes again afterwards.
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { createEmulator } = require("../../emulator")
const {
  ensurePostgres,
  createDatabase,
  dropDatabase,
} = require("../../scripts/lib/postgres")
const { run } = require("../../scripts/lib/process")

const root = path.join(__dirname, "..", "..")

/**
 * Runs the Medusa CLI in a child process: the emulator lives in this one and
 * must keep answering meanwhile.
 * @param {string[]} args @param {Record<string, string>} env
 */
async function medusa(args, env) {
  const { code } = await run(
    [process.execPath, require.resolve("@medusajs/cli/cli.js"), ...args],
    { cwd: root, env: { ...process.env, ...env }, stdio: "inherit" }
  )
  if (code !== 0) {
    throw new Error(`medusa ${args.join(" ")} exited with ${code}`)
  }
}

/**
 * @param {{ name: string, scenario: string, args?: string[], heading: string,
 *   latencyMs?: number, nodeOptions?: string, env?: Record<string, string> }}
 *   opts `name` tells the database and the temporary folder apart;
 *   `scenario` is the script `medusa exec` runs, with `args`; `heading` is
 *   printed before the migration; with `latencyMs` the emulator answers
 *   every call that much later; `nodeOptions` are added to NODE_OPTIONS of
 *   the scenario's process (say, `--expose-gc` to read the heap after a
 *   collection); `env` is added to the scenario's environment.
 * @returns {Promise<Record<string, number>>} what the scenario wrote
 */
async function runScenario(opts) {
  const pg = await ensurePostgres()
  const adminUrl = pg.env.DATABASE_URL
  const name = `archidelivery_bench_${opts.name}_${process.pid}`
  const emulator = createEmulator({ port: 0, controlPort: 0 })
  const out = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), `bench-${opts.name}-`)),
    "out.json"
  )
  const database = await createDatabase(adminUrl, name)
  try {
    await emulator.start()
    if (opts.latencyMs) await emulator.setFaults({ latency_ms: opts.latencyMs })
    const env = {
      DATABASE_URL: database,
      ARCHIDELIVERY_URL: emulator.url,
      // The minute jobs would race what is measured.
      ARCHIDELIVERY_JOBS: "off",
      BENCH_CONTROL_URL: emulator.controlUrl,
      BENCH_OUT: out,
      NODE_ENV: "development",
      LOG_LEVEL: "warn",
    }
    console.log(opts.heading)
    await medusa(["db:migrate"], env)
    const nodeOptions = [process.env.NODE_OPTIONS, opts.nodeOptions]
      .filter(Boolean)
      .join(" ")
    await medusa(["exec", opts.scenario, ...(opts.args ?? [])], {
      ...env,
      ...opts.env,
      ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    })
    return JSON.parse(fs.readFileSync(out, "utf8"))
  } finally {
    await emulator.stop()
    await dropDatabase(adminUrl, name).catch(() => {})
    await pg.stop()
  }
}

module.exports = { runScenario }
