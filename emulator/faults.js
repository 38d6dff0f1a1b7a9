// @ts-check
// Fault settings: what they are, how a patch is checked and merged, and when one fires.

/**
 * @typedef {import("./envelopes").CharsetMode} CharsetMode
 * @typedef {{ unreachable: boolean, latency_ms: number, drop_after_commit: number,
 *   error_5xx: number, error_5xx_after_commit: number, warn_no_order_id: number,
 *   malformed: number, charset: CharsetMode, strict_query: boolean,
 *   methods: string[] | null, list_inactive_rows: boolean }} Faults
 */

const RATES = [
  "drop_after_commit",
  "error_5xx",
  "error_5xx_after_commit",
  "warn_no_order_id",
  "malformed",
]
const gaps = require("./gaps")

const CHARSETS = Object.keys(gaps.CHARSET_MODES)

/** @returns {Faults} */
const defaultFaults = () => ({
  ...lookupModesOff(),
  unreachable: false,
  latency_ms: 0,
  drop_after_commit: 0,
  error_5xx: 0,
  error_5xx_after_commit: 0,
  warn_no_order_id: 0,
  malformed: 0,
  charset: /** @type {CharsetMode} */ (gaps.DEFAULT_CHARSET_MODE),
  strict_query: false,
  list_inactive_rows: gaps.INACTIVE_ROWS_LISTED,
  methods: null,
})

// Lookup modes: a real server may not serve reconciliation's lookup (gaps.js,
// isWebsiteOrder). hide_website_orders: getorderbypoint lists no website order;
// order_data_blind: getorderdata has no COMMENT and no PHONE. Booleans, off by
// default; they add these two fields to Faults.
const LOOKUP_MODES = ["hide_website_orders", "order_data_blind"]
const lookupModesOff = () =>
  Object.fromEntries(LOOKUP_MODES.map((m) => [m, false]))

const isNum = (/** @type {unknown} */ v) =>
  typeof v === "number" && Number.isFinite(v)

/**
 * Checks a patch and returns the merged faults; throws an Error naming the bad field.
 * `auto_advance_ms` is a setting, not a fault: callers take it out before this.
 * @param {Faults} current
 * @param {Record<string, unknown>} patch
 * @returns {Faults}
 */
function mergeFaults(current, patch) {
  if (!patch || typeof patch !== "object" || Array.isArray(patch)) {
    throw new Error("faults must be an object")
  }
  /** @type {Record<string, unknown>} */
  const next = { ...current }
  for (const [key, value] of Object.entries(patch)) {
    if (key === "unreachable") {
      if (typeof value !== "boolean")
        throw new Error("unreachable must be a boolean")
    } else if (LOOKUP_MODES.includes(key)) {
      if (typeof value !== "boolean")
        throw new Error(`${key} must be a boolean`)
    } else if (key === "latency_ms") {
      if (!isNum(value) || /** @type {number} */ (value) < 0) {
        throw new Error("latency_ms must be a number >= 0")
      }
    } else if (RATES.includes(key)) {
      // true/false are shorthands for always/never.
      if (typeof value === "boolean") {
        next[key] = value ? 1 : 0
        continue
      }
      if (
        !isNum(value) ||
        /** @type {number} */ (value) < 0 ||
        /** @type {number} */ (value) > 1
      ) {
        throw new Error(`${key} must be a rate from 0 to 1`)
      }
    } else if (key === "charset") {
      if (value === null) {
        next[key] = gaps.DEFAULT_CHARSET_MODE
        continue
      }
      if (typeof value !== "string" || !CHARSETS.includes(value)) {
        throw new Error(`charset must be one of ${CHARSETS.join(", ")}`)
      }
    } else if (key === "strict_query" || key === "list_inactive_rows") {
      // list_inactive_rows: getallmenu also lists switched-off rows (gaps.js).
      if (typeof value !== "boolean")
        throw new Error(`${key} must be a boolean`)
    } else if (key === "methods") {
      if (value === null) {
        next[key] = null
        continue
      }
      if (!Array.isArray(value) || !value.every((m) => typeof m === "string")) {
        throw new Error("methods must be a list of method names or null")
      }
      next[key] = value.map((m) => m.toLowerCase())
      continue
    } else {
      throw new Error(`unknown fault: ${key}`)
    }
    next[key] = value
  }
  return /** @type {Faults} */ (next)
}

/**
 * The faults that apply to one protocol method (`methods` limits all of them).
 * @param {Faults} faults
 * @param {string} method
 * @returns {Faults}
 */
const faultsFor = (faults, method) =>
  !faults.methods || faults.methods.includes(method) ? faults : defaultFaults()

/**
 * Whether a rate fires; draws a random number only for a rate above zero, so a
 * scripted `random` is consumed predictably.
 * @param {number} rate
 * @param {() => number} random
 */
const fires = (rate, random) => rate > 0 && random() < rate

module.exports = { defaultFaults, mergeFaults, faultsFor, fires }
