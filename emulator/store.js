// @ts-check
// Shared lookups and writes on the emulator's state, used by the protocol methods.
const gaps = require("./gaps")

/**
 * @typedef {import("./seed").State} State
 * @typedef {import("./seed").Client} Client
 * @typedef {import("./seed").Order} Order
 * @typedef {{ state: State, params: Record<string, string>, now: Date,
 *   faults?: import("./faults").Faults }} Ctx
 */

/** A row is active unless its flag (gaps.ACTIVE_FIELD) says 0 (rows put over the control API may use strings). */
const isActive = (/** @type {Record<string, unknown>} */ row) => {
  const flag = row[gaps.ACTIVE_FIELD]
  return flag !== 0 && flag !== "0" && flag !== false
}

/** A parameter's trimmed value, "" when absent. */
const text = (/** @type {Ctx} */ ctx, /** @type {string} */ name) =>
  (gaps.param(ctx.params, name) ?? "").trim()

const findOrder = (/** @type {State} */ s, /** @type {string} */ id) =>
  s.orders.find((o) => String(o.id) === id)

const findClient = (/** @type {State} */ s, /** @type {string} */ id) =>
  s.clients.find((c) => String(c.ID) === id)

const round2 = (/** @type {number} */ n) => Math.round(n * 100) / 100

/** "Surname Name Fathername" the way A2 split it; a single word is the first name. */
function splitName(/** @type {string} */ full) {
  const parts = full.split(/\s+/).filter(Boolean)
  if (parts.length === 1) return { SURNAME: "", NAME: parts[0], FATHERNAME: "" }
  const [SURNAME = "", NAME = "", ...rest] = parts
  return { SURNAME, NAME, FATHERNAME: rest.join(" ") }
}

const nextId = (
  /** @type {{ ID?: number, id?: number }[]} */ rows,
  /** @type {number} */ floor
) =>
  rows.reduce((max, r) => Math.max(max, Number(r.ID ?? r.id) || 0), floor - 1) +
  1

/**
 * Stores a new client from newclient's or neworder's fields.
 * @param {State} state
 * @param {Partial<Client>} fields
 */
function addClient(state, fields) {
  /** @type {Client} */
  const client = {
    ID: nextId(state.clients, 1),
    LOGIN: "",
    SURNAME: "",
    NAME: "",
    FATHERNAME: "",
    FULLNAME: "",
    PHONE: "",
    MAIL: "",
    CITYNAME: "",
    STREET: "",
    HOUSE: "",
    FLAT: "",
    STOREY: "",
    ENTRANCE: "",
    ...fields,
  }
  state.clients.push(client)
  return client
}

const orderType = (/** @type {Order} */ o) =>
  Number(gaps.param(o.params, "ordertype")) || gaps.DEFAULT_ORDER_TYPE

module.exports = {
  isActive,
  text,
  findOrder,
  findClient,
  round2,
  splitName,
  nextId,
  addClient,
  orderType,
}
