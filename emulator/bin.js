#!/usr/bin/env node
// @ts-check
// `npm run emulator`: the ArchiDelivery emulator alone. PORT (default 5858),
// CONTROL_PORT (default PORT+1, or 0 when PORT is 0), HOST (default 127.0.0.1),
// AUTO_ADVANCE_MS (default 0: order statuses only change when told to).
const { createEmulator } = require("./index")

/** @param {string | undefined} value @param {number} fallback @param {string} name */
function intEnv(value, fallback, name) {
  if (value === undefined || value === "") return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) {
    console.error(
      `${name} must be a whole number, got ${JSON.stringify(value)}`
    )
    process.exit(2)
  }
  return n
}

async function main() {
  const port = intEnv(process.env.PORT, 5858, "PORT")
  const controlPort = intEnv(
    process.env.CONTROL_PORT,
    port === 0 ? 0 : port + 1,
    "CONTROL_PORT"
  )
  const emu = createEmulator({
    port,
    controlPort,
    host: process.env.HOST || "127.0.0.1",
    autoAdvanceMs: intEnv(process.env.AUTO_ADVANCE_MS, 0, "AUTO_ADVANCE_MS"),
  })
  await emu.start()
  console.log(`ArchiDelivery emulator: ${emu.url}`)
  console.log(`Control API: ${emu.controlUrl}`)

  let stopping = false
  const shutdown = async (/** @type {string} */ signal) => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: stopping the emulator`)
    await emu.stop()
    process.exit(0)
  }
  process.on("SIGINT", shutdown)
  process.on("SIGTERM", shutdown)
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
