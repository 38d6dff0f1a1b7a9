#!/usr/bin/env node
// @ts-check
// Runs a command with DB_* / DATABASE_URL pointing at a PostgreSQL that
// answers: the configured one, or an embedded one started for this run.
const { spawn } = require("node:child_process")
const { ensurePostgres } = require("./lib/postgres")

async function main() {
  const [command, ...args] = process.argv.slice(2)
  if (!command) {
    console.error("usage: with-postgres.js <command> [args…]")
    process.exit(2)
  }
  const pg = await ensurePostgres()
  const child = spawn(command, args, {
    stdio: "inherit",
    env: { ...process.env, ...pg.env },
  })
  const forward = (/** @type {NodeJS.Signals} */ signal) => child.kill(signal)
  process.on("SIGINT", forward)
  process.on("SIGTERM", forward)
  child.on("exit", async (code, signal) => {
    await pg.stop()
    process.exit(code ?? (signal ? 1 : 0))
  })
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
