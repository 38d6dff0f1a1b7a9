// @ts-check
// What the cluster test reads from the shop's database: the plugin's queue
// and Medusa's orders.
const { query } = require("../lib/postgres")
const { sleep } = require("../lib/process")

/** Polls the queue until every order has a row and none is queued or being sent. */
async function waitSettled(
  /** @type {string} */ databaseUrl,
  /** @type {number} */ ms
) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    const [row] = await query(
      databaseUrl,
      `SELECT (SELECT count(*) FROM "order" WHERE deleted_at IS NULL)::int AS orders,
              (SELECT count(*) FROM archidelivery_order_sync WHERE deleted_at IS NULL)::int AS rows,
              (SELECT count(*) FROM archidelivery_order_sync
                WHERE deleted_at IS NULL AND status IN ('queued', 'sending'))::int AS open`
    )
    if (row.rows === row.orders && row.open === 0) return true
    await sleep(2000)
  }
  return false
}

/** Medusa's orders, their queue rows, and the attempts counted by outcome. */
async function readQueue(/** @type {string} */ databaseUrl) {
  const orders = await query(
    databaseUrl,
    `SELECT id, display_id FROM "order" WHERE deleted_at IS NULL`
  )
  const syncs = await query(
    databaseUrl,
    `SELECT order_id, status, archidelivery_order_id, last_error, last_error_kind
       FROM archidelivery_order_sync WHERE deleted_at IS NULL`
  )
  const attempts = await query(
    databaseUrl,
    `SELECT outcome, count(*)::int AS n FROM archidelivery_order_attempt
      GROUP BY outcome ORDER BY outcome`
  )
  return { orders, syncs, attempts }
}

/**
 * Rows being sent right now per process id: a claim's owner id is
 * `<host>:<pid>:<uuid>`.
 * @param {string} databaseUrl
 * @returns {Promise<Map<number, number>>}
 */
async function claimsByPid(databaseUrl) {
  const rows = await query(
    databaseUrl,
    `SELECT lease_owner, count(*)::int AS n FROM archidelivery_order_sync
      WHERE status = 'sending' GROUP BY lease_owner`
  )
  const byPid = new Map()
  for (const r of rows) {
    const pid = Number(String(r.lease_owner).split(":")[1])
    byPid.set(pid, (byPid.get(pid) ?? 0) + r.n)
  }
  return byPid
}

module.exports = { waitSettled, readQueue, claimsByPid }
