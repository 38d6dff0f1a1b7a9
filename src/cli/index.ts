#!/usr/bin/env node
import { checkServerCommand, CHECK_SERVER_USAGE } from "./check-server"

// The package's command: `npx medusa-plugin-archidelivery check-server …`.
// It needs no Medusa application, only the server's address.
const USAGE = `Usage: medusa-plugin-archidelivery <command>

Commands:
  check-server   a read-only check of an ArchiDelivery server

${CHECK_SERVER_USAGE}`

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === "check-server") {
    return checkServerCommand(rest)
  }
  const asked = !command || command === "--help" || command === "help"
  ;(asked ? process.stdout : process.stderr).write(
    `${asked ? "" : `unknown command: ${command}\n\n`}${USAGE}`
  )
  return asked ? 0 : 2
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e) => {
    process.stderr.write(`check-server failed: ${e?.stack ?? e}\n`)
    process.exitCode = 1
  }
)
