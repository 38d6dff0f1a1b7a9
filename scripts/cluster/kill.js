// @ts-check
// The crash in the middle of a cluster run: a worker dies by SIGKILL,
// preferably while it holds claimed orders, and a replacement starts.
const { sleep } = require("../lib/process")
const { claimsByPid } = require("./queue")

/** While the worker is killed the kitchen is slow, so sends (and claims) stay open. */
const KILL_LATENCY_MS = 2_000

/**
 * @typedef {{ name: string, claimed: number, error?: string }} Kill
 */

/**
 * SIGKILLs the worker holding the most claimed orders, or worker-1 when
 * neither holds any within 20 s, then starts a replacement and waits for it.
 * @param {{ workers: Record<string, import("./instances").Instance>, databaseUrl: string,
 *   emulator: ReturnType<typeof import("../../emulator").createEmulator>,
 *   latencyAfterMs: number, say: (line: string) => void,
 *   restart: (name: string) => Promise<import("./instances").Instance> }} input
 * @returns {Promise<Kill>}
 */
async function killAndRestart(input) {
  const { workers, databaseUrl, emulator, say } = input
  let name = "worker-1"
  let claimed = 0
  try {
    await emulator.setFaults({ latency_ms: KILL_LATENCY_MS })
    const until = Date.now() + 20_000
    while (Date.now() < until && !claimed) {
      const claims = await claimsByPid(databaseUrl)
      for (const [candidate, worker] of Object.entries(workers)) {
        const held = claims.get(worker.pid) ?? 0
        if (held > claimed) [name, claimed] = [candidate, held]
      }
      if (!claimed) await sleep(100)
    }
    const worker = workers[name]
    worker.kill()
    await worker.exited
    // Faults may have been switched off meanwhile: then no latency either.
    await emulator.setFaults({
      latency_ms: emulator.faults.methods ? input.latencyAfterMs : 0,
    })
    say(
      `${worker.name} SIGKILLed holding ${claimed} claimed order(s); starting it again`
    )
    const again = await input.restart(name)
    await again.ready()
    say(`${again.name} is up`)
    return { name, claimed }
  } catch (e) {
    return { name, claimed, error: e instanceof Error ? e.message : String(e) }
  }
}

module.exports = { killAndRestart }
