// @ts-check
// What the cluster test asserts, as pure functions over what it collected:
// Medusa's orders and queue rows, the emulator's orders, the job-run lines.

/**
 * @typedef {{ id: string, display_id: number }} Order
 * @typedef {{ order_id: string, status: string, archidelivery_order_id: string | null,
 *   last_error: string | null, last_error_kind: string | null }} Sync
 * @typedef {{ id: number | string, params: Record<string, string> }} EmulatorOrder
 * @typedef {{ ok: boolean, problems: string[] }} Verdict
 */

/** The `#<display_id>` marker at the end of a `neworder` comment, or null. */
function markerOf(/** @type {unknown} */ comment) {
  const m =
    typeof comment === "string" ? comment.match(/(?:^|\s)#(\d+)\s*$/) : null
  return m ? Number(m[1]) : null
}

/** Up to `n` examples, then how many more. */
const sample = (/** @type {string[]} */ items, n = 5) =>
  items.length <= n
    ? items
    : [...items.slice(0, n), `… and ${items.length - n} more`]

/**
 * Every Medusa order is in ArchiDelivery exactly once (its row `sent`, with
 * that order's id), or `failed`/`needs_review` with the reason kept and not
 * in ArchiDelivery more than once; nothing is left queued, nothing unknown
 * reached the kitchen.
 * @param {{ orders: Order[], syncs: Sync[], emulatorOrders: EmulatorOrder[] }} input
 */
function checkDelivery({ orders, syncs, emulatorOrders }) {
  /** @type {Map<number, EmulatorOrder[]>} */
  const inKitchen = new Map()
  const unmarked = []
  for (const o of emulatorOrders) {
    const marker = markerOf(o.params?.comment)
    if (marker === null) {
      unmarked.push(String(o.id))
      continue
    }
    inKitchen.set(marker, [...(inKitchen.get(marker) ?? []), o])
  }
  const syncOf = new Map(syncs.map((s) => [s.order_id, s]))
  const known = new Set(orders.map((o) => o.display_id))

  const duplicates = []
  const unqueued = []
  const unsettled = []
  const wrong = []
  /** @type {Record<string, number>} */
  const statuses = {}
  for (const order of orders) {
    const sync = syncOf.get(order.id)
    const copies = inKitchen.get(order.display_id) ?? []
    const label = `#${order.display_id}`
    if (copies.length > 1) {
      duplicates.push(
        `${label} ×${copies.length} (ids ${copies.map((c) => c.id).join(", ")})`
      )
    }
    if (!sync) {
      unqueued.push(label)
      continue
    }
    statuses[sync.status] = (statuses[sync.status] ?? 0) + 1
    if (sync.status === "sent") {
      if (copies.length !== 1) {
        wrong.push(
          `${label} is sent but ${copies.length} times in ArchiDelivery`
        )
      } else if (String(copies[0].id) !== String(sync.archidelivery_order_id)) {
        wrong.push(
          `${label} is sent as ${sync.archidelivery_order_id}, ArchiDelivery has it as ${copies[0].id}`
        )
      }
    } else if (sync.status === "failed" || sync.status === "needs_review") {
      if (!sync.last_error?.trim()) {
        wrong.push(`${label} is ${sync.status} without a reason`)
      }
      if (sync.status === "failed" && copies.length) {
        wrong.push(
          `${label} is failed but ArchiDelivery has it (id ${copies[0].id})`
        )
      }
    } else {
      unsettled.push(`${label} ${sync.status}`)
    }
  }
  const strangers = [...inKitchen.keys()]
    .filter((m) => !known.has(m))
    .map((m) => `#${m}`)

  /** @type {Record<string, Verdict>} */
  const verdicts = {
    queued: {
      ok: !unqueued.length,
      problems: sample(unqueued).map((l) => `${l} has no queue row`),
    },
    settled: {
      ok: !unsettled.length,
      problems: sample(unsettled).map((l) => `${l} is still in the queue`),
    },
    once: {
      ok: !duplicates.length && !strangers.length && !unmarked.length,
      problems: [
        ...sample(duplicates).map((d) => `sent twice: ${d}`),
        ...sample(strangers).map(
          (s) => `ArchiDelivery has ${s}, which is no order of this run`
        ),
        ...sample(unmarked).map(
          (id) => `ArchiDelivery order ${id} has no #<display_id> marker`
        ),
      ],
    },
    accounted: { ok: !wrong.length, problems: sample(wrong) },
  }
  return { verdicts, statuses }
}

/**
 * @typedef {{ instance: string, at: number, scheduledFor: string }} JobRun
 */

/**
 * The job ran once per tick across the cluster: no tick twice (except a tick
 * the killed worker started and could not finish, which BullMQ hands to
 * another worker), and about as many runs as ticks in the window.
 * @param {{ runs: JobRun[], from: number, to: number, intervalMs: number, killed?: string }} input
 */
function checkJobTicks({ runs, from, to, intervalMs, killed }) {
  const inWindow = runs.filter((r) => r.at >= from && r.at <= to)
  const ticks = (to - from) / intervalMs
  /** @type {Map<string, JobRun[]>} */
  const byTick = new Map()
  for (const run of inWindow) {
    byTick.set(run.scheduledFor, [...(byTick.get(run.scheduledFor) ?? []), run])
  }
  const twice = []
  let handedOver = 0
  for (const [tick, same] of byTick) {
    const survivors = same.filter((r) => r.instance !== killed)
    if (
      same.length > 1 &&
      survivors.length === 1 &&
      same.length - survivors.length === 1
    ) {
      handedOver++
    } else if (same.length > 1) {
      twice.push(
        `${tick} ran ${same.length}× (${same.map((r) => r.instance).join(", ")})`
      )
    }
  }
  const distinct = byTick.size
  /** @type {Record<string, number>} */
  const perInstance = {}
  for (const run of inWindow) {
    perInstance[run.instance] = (perInstance[run.instance] ?? 0) + 1
  }
  const problems = [...sample(twice)]
  // A tick can be late or skipped on a busy machine, never doubled.
  if (distinct > Math.ceil(ticks) + 1) {
    problems.push(
      `${distinct} distinct runs in ${ticks.toFixed(1)} ticks: more than one per tick`
    )
  }
  if (distinct < Math.floor(ticks / 2)) {
    problems.push(
      `only ${distinct} runs in ${ticks.toFixed(1)} ticks: the job stalled`
    )
  }
  return {
    verdict: { ok: !problems.length, problems },
    runs: inWindow.length,
    distinct,
    ticks,
    handedOver,
    perInstance,
  }
}

module.exports = { markerOf, checkDelivery, checkJobTicks }
