// @ts-check
// One cluster run on one locking provider: a server and two workers on a
// copy of the seeded database, a Redis database of its own and an emulator
// of its own; orders through the Store API under faults; a worker SIGKILLed
// midway and started again; then the checks.
const { createEmulator } = require("../../emulator")
const { createDatabase, dropDatabase } = require("../lib/postgres")
const { freePort } = require("../lib/ports")
const { unwind } = require("../lib/process")
const { startInstance } = require("./instances")
const { claimRedisDb } = require("./redis")
const { waitSettled, readQueue } = require("./queue")
const { killAndRestart } = require("./kill")
const { storefront, placeOrders } = require("./orders")
const { checkDelivery, checkJobTicks } = require("./checks")

/** The push job's tick in the cluster: short, so a run sees many ticks. */
const PUSH_INTERVAL_MS = 5_000
/** Faults stop after this share of the orders, so the last ones settle in time. */
const FAULTY_SHARE = 0.75
/** On `neworder` only: the other methods answer, so every fault has a defined outcome. */
const FAULTS = {
  methods: ["neworder"],
  latency_ms: 150,
  drop_after_commit: 0.08,
  error_5xx: 0.04,
  malformed: 0.03,
  warn_no_order_id: 0.03,
}
const JOB_RUN = /archidelivery: push-orders job run scheduled for (\S+)/
const LOCKING_WARNING = "UNSAFE LOCKING"

/**
 * @typedef {{ ok: boolean, name: string, problems: string[] }} Check
 * @typedef {import("./kill").Kill} Kill
 * @typedef {import("./instances").Instance} Instance
 * @typedef {{ runId: string, adminUrl: string, template: string, fixture: any,
 *   redisUrl: string, orders: number, concurrency: number, seed: number,
 *   settleMs: number, logDir: string, env: NodeJS.ProcessEnv,
 *   say: (line: string) => void }} RunInput
 * @typedef {{ locking: "redis" | "postgres", input: RunInput,
 *   say: (line: string) => void,
 *   check: (name: string, ok: boolean, problems?: string[]) => void,
 *   undo: (() => Promise<unknown>)[] }} Run what the phases of one run share
 * @typedef {Awaited<ReturnType<typeof prepare>>} Infra
 * @typedef {Awaited<ReturnType<typeof startCluster>>} Cluster
 * @typedef {Awaited<ReturnType<typeof placeUnderFaults>>} Placing
 */

/**
 * @param {"redis" | "postgres"} locking
 * @param {RunInput} input
 * @returns {Promise<Check[]>}
 */
async function runCluster(locking, input) {
  const label = `${locking} locking`
  /** @type {Check[]} */
  const checks = []
  /** @type {Run} */
  const run = {
    locking,
    input,
    say: (line) => input.say(`${label}: ${line}`),
    check: (name, ok, problems = []) =>
      checks.push({ name: `${label}: ${name}`, ok, problems }),
    undo: [],
  }
  try {
    const infra = await prepare(run)
    const cluster = await startCluster(run, infra)
    const placing = await placeUnderFaults(run, infra, cluster)
    const windowEnd = await settle(run, infra, placing)
    await checkOutcome(run, infra, placing)
    checkTicks(run, cluster, placing, windowEnd)
    checkInstances(run, cluster, placing)
  } catch (e) {
    run.check("the run completed", false, [
      e instanceof Error ? e.message : String(e),
    ])
  } finally {
    run.say("stopping instances and cleaning up…")
    await unwind(run.undo, {
      onError: (e) => run.say(`cleanup: ${e.message}`),
    })
  }
  return checks
}

/**
 * The run's own database (a copy of the template), Redis database and
 * emulator, each undone at the end.
 * @param {Run} run
 */
async function prepare({ locking, input, undo }) {
  const dbName = `archidelivery_cluster_${input.runId}_${locking}`
  const databaseUrl = await createDatabase(
    input.adminUrl,
    dbName,
    input.template
  )
  undo.push(() => dropDatabase(input.adminUrl, dbName))
  const redis = await claimRedisDb(input.redisUrl, `${input.runId}-${locking}`)
  undo.push(() => redis.release())
  const emulator = createEmulator({
    port: 0,
    controlPort: 0,
    random: seededRandom(input.seed),
  })
  await emulator.start()
  undo.push(() => emulator.stop())
  const seeded = new Set(emulator.state.orders.map((o) => String(o.id)))
  return { databaseUrl, redis, emulator, seeded }
}

/**
 * What every instance of the run gets.
 * @param {Run} run @param {Infra} infra
 */
function instanceEnv({ locking, input }, { databaseUrl, redis, emulator }) {
  return {
    ...input.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    MEDUSA_DISTRIBUTED: "true",
    MEDUSA_LOCKING: locking,
    MEDUSA_DISABLE_TELEMETRY: "true",
    // As deployed; it also makes Medusa's checkout cheaper on a small machine.
    NODE_ENV: "production",
    ARCHIDELIVERY_URL: emulator.url,
    ARCHIDELIVERY_JOBS: "on",
    ARCHIDELIVERY_PUSH_INTERVAL_MS: String(PUSH_INTERVAL_MS),
    // A dead worker's claims and its drain lock come free in seconds, not minutes.
    ARCHIDELIVERY_LEASE_SECONDS: "10",
    ARCHIDELIVERY_REPLY_TIMEOUT_MS: "3000",
    // The push job logs each run at verbose level: that is how runs are counted.
    LOG_LEVEL: "verbose",
  }
}

/**
 * A server and two workers, up and answering; `start` starts one more
 * instance, and every push-job run any of them logs lands in `jobRuns`.
 * @param {Run} run @param {Infra} infra
 */
async function startCluster(run, infra) {
  const { locking, input, undo, say } = run
  const env = instanceEnv(run, infra)
  /** @type {import("./checks").JobRun[]} */
  const jobRuns = []
  const start = async (
    /** @type {string} */ name,
    /** @type {"server" | "worker"} */ mode
  ) => {
    const instance = startInstance({
      name: `${locking}-${name}`,
      mode,
      port: await freePort(),
      env: mode === "server" ? { ...env, LOG_LEVEL: "info" } : env,
      logDir: input.logDir,
      onLine: (line) => {
        const m = line.text.match(JOB_RUN)
        if (m) jobRuns.push({ instance: name, at: line.at, scheduledFor: m[1] })
      },
    })
    undo.push(() => instance.stop())
    return instance
  }

  say(`starting a server and two workers (Redis db ${infra.redis.db})…`)
  const server = await start("server", "server")
  const worker1 = await start("worker-1", "worker")
  const worker2 = await start("worker-2", "worker")
  await Promise.all([server.ready(), worker1.ready(), worker2.ready()])
  const windowStart = Date.now()
  run.check("a server and two workers started", true)
  return { server, worker1, worker2, start, jobRuns, windowStart }
}

/**
 * Places the orders through the server with faults on, SIGKILLs a worker
 * halfway (and starts it again), and switches faults off for the last ones.
 * @param {Run} run @param {Infra} infra @param {Cluster} cluster
 */
async function placeUnderFaults({ input, say, check }, infra, cluster) {
  const { emulator, databaseUrl } = infra
  const { server, worker1, worker2 } = cluster
  await emulator.setFaults(FAULTS)
  say(
    `placing ${input.orders} orders, ${input.concurrency} at a time, faults on`
  )
  const shop = storefront(server.url, input.fixture)
  /** @type {Promise<Kill> | null} */
  let killing = null
  const placingStarted = Date.now()
  const serverCpuBefore = server.cpuSeconds()
  const { placed, errors } = await placeOrders(shop, {
    count: input.orders,
    concurrency: input.concurrency,
    onPlaced: async (n) => {
      if (n === Math.floor(input.orders / 2)) {
        killing = killAndRestart({
          workers: { "worker-1": worker1, "worker-2": worker2 },
          databaseUrl,
          emulator,
          latencyAfterMs: FAULTS.latency_ms,
          say,
          restart: (name) => cluster.start(`${name}-restarted`, "worker"),
        })
      }
      if (n === Math.floor(input.orders * FAULTY_SHARE)) {
        await emulator.clearFaults()
        say(`${n} orders placed; faults off`)
      }
    },
  })
  await emulator.clearFaults()
  const placedAt = Date.now()
  const serverCpu = (server.cpuSeconds() ?? NaN) - (serverCpuBefore ?? NaN)
  say(
    `${placed.length} orders placed in ${((placedAt - placingStarted) / 1000).toFixed(0)} s` +
      (Number.isFinite(serverCpu) && placed.length
        ? `; the server used ${(serverCpu / placed.length).toFixed(2)} CPU s per order`
        : "")
  )
  check(
    `${input.orders} orders placed through the server's Store API`,
    placed.length === input.orders && !errors.length,
    errors.slice(0, 5).map((e) => `order ${e.index}: ${e.error}`)
  )

  const kill = killing ? await /** @type {Promise<Kill>} */ (killing) : null
  return { placed, placedAt, kill }
}

/**
 * Waits for the queue to settle; returns when the watched window ends.
 * @param {Run} run @param {Infra} infra @param {Placing} placing
 */
async function settle({ input, say }, { databaseUrl }, { placedAt }) {
  say("waiting for the queue to settle…")
  const settled = await waitSettled(databaseUrl, input.settleMs)
  const windowEnd = Date.now()
  say(
    `${settled ? "settled" : "NOT settled"} ${((windowEnd - placedAt) / 1000).toFixed(0)} s after the last order`
  )
  return windowEnd
}

/**
 * What became of the orders: in ArchiDelivery once each, or failed with a
 * reason, and the faults felt on the way.
 * @param {Run} run @param {Infra} infra @param {Placing} placing
 */
async function checkOutcome({ say, check }, infra, { placed, kill }) {
  const { orders, syncs, attempts } = await readQueue(infra.databaseUrl)
  const attemptCount = (/** @type {string} */ outcome) =>
    attempts.find((a) => a.outcome === outcome)?.n ?? 0
  const emulatorOrders = infra.emulator.state.orders.filter(
    (o) => !infra.seeded.has(String(o.id))
  )
  const { verdicts, statuses } = checkDelivery({
    orders,
    syncs,
    emulatorOrders,
  })
  say(
    `${orders.length} orders; queue ${JSON.stringify(statuses)}; ${emulatorOrders.length} in ArchiDelivery; ` +
      `attempts ${attempts.map((a) => `${a.outcome}=${a.n}`).join(" ")}`
  )
  const reasons = syncs
    .filter((s) => s.status === "failed" || s.status === "needs_review")
    .map((s) => `${s.status} (${s.last_error_kind}): ${s.last_error}`)
  for (const r of [...new Set(reasons)].slice(0, 6)) say(`  ${r}`)

  // Whether its claims needed taking over depends on the instant it died
  // (a send may just have finished); the delivery checks below judge the outcome.
  const recovered = attemptCount("lease_expired")
  check(
    `${kill?.name ?? "a worker"} SIGKILLed mid-run holding ${kill?.claimed ?? 0} claimed order(s) ` +
      `and started again (${recovered} expired claim(s) taken over and looked up)`,
    !!kill && !kill.error,
    !kill ? ["the kill never happened"] : kill.error ? [kill.error] : []
  )
  check("every order was queued", verdicts.queued.ok, verdicts.queued.problems)
  check(
    "the queue settled (nothing left queued or sending)",
    verdicts.settled.ok,
    verdicts.settled.problems
  )
  check(
    "no order reached ArchiDelivery twice",
    verdicts.once.ok,
    verdicts.once.problems
  )
  check(
    "every order is in ArchiDelivery exactly once, or failed/needs_review with its reason",
    verdicts.accounted.ok && orders.length === placed.length,
    [
      ...verdicts.accounted.problems,
      ...(orders.length === placed.length
        ? []
        : [`${orders.length} orders in Medusa, ${placed.length} placed`]),
    ]
  )
  const unknown = attemptCount("unknown_outcome")
  check(
    `the faults were felt (${unknown} unknown outcome(s), ${attemptCount("rejected")} rejection(s))`,
    unknown > 0,
    unknown ? [] : ["no attempt had an unknown outcome"]
  )
}

/**
 * The push job ran once per tick across the cluster in the watched window.
 * @param {Run} run @param {Cluster} cluster @param {Placing} placing
 * @param {number} windowEnd
 */
function checkTicks({ check }, { jobRuns, windowStart }, { kill }, windowEnd) {
  const ticks = checkJobTicks({
    runs: jobRuns,
    from: windowStart,
    to: windowEnd,
    intervalMs: PUSH_INTERVAL_MS,
    killed: kill?.name,
  })
  check(
    "the push job ran once per tick across the cluster " +
      `(${ticks.distinct} runs in ${((windowEnd - windowStart) / 1000).toFixed(0)} s / ${PUSH_INTERVAL_MS / 1000} s = ` +
      `${ticks.ticks.toFixed(1)} ticks; per instance ${JSON.stringify(ticks.perInstance)}` +
      `${ticks.handedOver ? `; ${ticks.handedOver} tick(s) handed over from the killed worker` : ""})`,
    ticks.verdict.ok,
    ticks.verdict.problems
  )
}

/**
 * No instance but the killed one died, and none warned about in-memory
 * locking.
 * @param {Run} run @param {Cluster} cluster @param {Placing} placing
 */
function checkInstances({ locking, say, check }, cluster, { kill }) {
  const instances = [cluster.server, cluster.worker1, cluster.worker2]
  const cpu = instances
    .filter((i) => !i.exit)
    .map((i) => `${i.name} ${i.cpuSeconds()?.toFixed(0) ?? "?"} s`)
    .join(", ")
  say(`CPU used since start: ${cpu}`)
  const crashed = instances.filter(
    (i) => i.exit && i.name !== `${locking}-${kill?.name}`
  )
  check(
    "no instance died besides the one killed",
    !crashed.length,
    crashed.map((i) => `${i.name} exited ${JSON.stringify(i.exit)}`)
  )
  const warned = instances.filter((i) =>
    i.lines.some((l) => l.text.includes(LOCKING_WARNING))
  )
  check(
    "no in-memory locking warning with a shared provider",
    !warned.length,
    warned.map((i) => `${i.name} warned`)
  )
}

/** A deterministic 0..1 generator (mulberry32), so a run's faults can be replayed. */
function seededRandom(/** @type {number} */ seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

module.exports = { runCluster, LOCKING_WARNING }
