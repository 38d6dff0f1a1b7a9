// @ts-check
// Medusa instances for the cluster test: each `medusa start` runs in its own
// process group, its output goes to a log file and is kept line by line
// (with the time it was seen), and every group this process started is
// killed when it exits, however it exits.
const fs = require("node:fs")
const path = require("node:path")
const { start, killGroup, waitForHttp } = require("../lib/process")

const root = path.join(__dirname, "..", "..")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")

/** Process groups still running; killed on exit. */
const groups = new Set()
process.on("exit", () => {
  for (const pgid of groups) killGroup(pgid, "SIGKILL")
})

const ANSI = /\x1b\[[0-9;]*m/g

/** @typedef {{ at: number, text: string }} LogLine */

/**
 * Runs a command in its own process group, logging to `logFile`.
 * @param {{ name: string, args: string[], env: NodeJS.ProcessEnv, logFile: string,
 *   onLine?: (line: LogLine) => void }} opts
 */
function launch(opts) {
  const log = fs.createWriteStream(opts.logFile, { flags: "a" })
  const child = start([medusaBin, ...opts.args], {
    cwd: root,
    env: opts.env,
    group: true,
  })
  const pgid = /** @type {number} */ (child.pid)
  groups.add(pgid)
  /** @type {LogLine[]} */
  const lines = []
  const reader = () => {
    let rest = ""
    return (/** @type {Buffer} */ chunk) => {
      log.write(chunk)
      const parts = (rest + chunk.toString()).split("\n")
      rest = parts.pop() ?? ""
      for (const raw of parts) {
        const line = { at: Date.now(), text: raw.replace(ANSI, "") }
        lines.push(line)
        opts.onLine?.(line)
      }
    }
  }
  child.stdout?.on("data", reader())
  child.stderr?.on("data", reader())
  /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} */
  const exited = new Promise((resolve) =>
    child.on("exit", (code, signal) => {
      groups.delete(pgid)
      log.end()
      resolve({ code, signal })
    })
  )
  let exit =
    /** @type {{ code: number | null, signal: NodeJS.Signals | null } | null} */ (
      null
    )
  exited.then((e) => (exit = e))

  /** @param {NodeJS.Signals} signal */
  const signalGroup = (signal) => killGroup(pgid, signal)

  return {
    name: opts.name,
    pid: pgid,
    /** CPU seconds the process used so far (Linux /proc), or null. */
    cpuSeconds() {
      try {
        const fields = fs
          .readFileSync(`/proc/${pgid}/stat`, "utf8")
          .split(") ")[1]
          .split(" ")
        return (Number(fields[11]) + Number(fields[12])) / 100
      } catch {
        return null
      }
    },
    lines,
    exited,
    get exit() {
      return exit
    },
    /** SIGKILLs the whole group: a crash, nothing gets to clean up. */
    kill: () => signalGroup("SIGKILL"),
    /** SIGTERM, then SIGKILL after `graceMs`. */
    async stop(graceMs = 10_000) {
      if (exit) return exit
      signalGroup("SIGTERM")
      const timer = setTimeout(() => signalGroup("SIGKILL"), graceMs)
      const result = await exited
      clearTimeout(timer)
      // Children the CLI may have left in the group.
      signalGroup("SIGKILL")
      return result
    },
  }
}

/** @typedef {ReturnType<typeof launch>} Launched */

/**
 * `medusa start` in one worker mode.
 * @param {{ name: string, mode: "server" | "worker" | "shared", port: number,
 *   env: NodeJS.ProcessEnv, logDir: string, onLine?: (line: LogLine) => void }} opts
 */
function startInstance(opts) {
  const instance = launch({
    name: opts.name,
    args: ["start", "--port", String(opts.port)],
    env: {
      ...opts.env,
      MEDUSA_WORKER_MODE: opts.mode,
      ADMIN_DISABLED: "true",
    },
    logFile: path.join(opts.logDir, `${opts.name}.log`),
    onLine: opts.onLine,
  })
  const url = `http://127.0.0.1:${opts.port}`
  return Object.assign(instance, {
    url,
    port: opts.port,
    /** Resolves once /health answers; rejects if the process exits first or time runs out. */
    async ready(timeoutMs = 240_000) {
      const answered = await waitForHttp(`${url}/health`, {
        timeoutMs,
        intervalMs: 500,
        requestTimeoutMs: 2000,
        check: () => {
          if (instance.exit) {
            throw new Error(
              `${opts.name} exited while starting (${JSON.stringify(instance.exit)}); see ${opts.name}.log`
            )
          }
        },
      })
      if (answered) return
      throw new Error(
        `${opts.name} did not answer /health within ${timeoutMs / 1000} s`
      )
    },
  })
}

/** @typedef {ReturnType<typeof startInstance>} Instance */

/**
 * Runs a medusa CLI command to completion (migrations, a seed script).
 * @param {{ name: string, args: string[], env: NodeJS.ProcessEnv, logDir: string }} opts
 */
async function runMedusa(opts) {
  const run = launch({
    ...opts,
    logFile: path.join(opts.logDir, `${opts.name}.log`),
  })
  const { code, signal } = await run.exited
  if (code !== 0) {
    const tail = run.lines
      .slice(-30)
      .map((l) => l.text)
      .join("\n")
    throw new Error(
      `medusa ${opts.args.join(" ")} failed (${code ?? signal}):\n${tail}`
    )
  }
  return run.lines
}

module.exports = { startInstance, runMedusa }
