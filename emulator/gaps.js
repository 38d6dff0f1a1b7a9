// @ts-check
// Every choice the emulator makes where no public source shows what a real
// ArchiDelivery server does (a protocol [gap]). Each line says it is a guess, so the
// plugin's configuration can be pointed elsewhere once a real server says otherwise.
const { isUtf8 } = require("node:buffer")
const iconv = require("iconv-lite")

/** The charset every reply names, from the prolog of the real reply (A2 log). Not a guess. */
const REPLY_CHARSET = "windows-1251"

/**
 * Reply bytes and the label they go out under, per `charset` fault mode.
 * `evidence` (the default) is what the only real reply on record shows: UTF-8
 * bytes under a windows-1251 label (A2 log). That text replies are UTF-8 too
 * follows from all three public clients json_decode'ing the raw body, which
 * PHP refuses for CP1251 bytes (A1 Response/Text.php, A2 jSon(), A3). The
 * other modes are variants a server might plausibly send; guesses, kept so the
 * plugin is tested against each.
 * @type {Record<string, { bytes: "utf8" | "cp1251" | "ascii", label: string | null }>}
 */
const CHARSET_MODES = {
  evidence: { bytes: "utf8", label: REPLY_CHARSET },
  cp1251: { bytes: "cp1251", label: REPLY_CHARSET },
  escaped: { bytes: "ascii", label: REPLY_CHARSET },
  utf8: { bytes: "utf8", label: "utf-8" },
  undeclared: { bytes: "cp1251", label: null },
  mislabeled: { bytes: "cp1251", label: "utf-8" },
}

const DEFAULT_CHARSET_MODE = "evidence"

/**
 * Content-Type bases per envelope. "text" is a literal `text`, because A1 picks
 * the text envelope with /text;/, which "text/plain;" does not match (added with
 * findByPhone, so it was written against a real server's replies). "text/xml" is
 * in A1's regex. The exact spelling beyond those is a guess.
 */
const CONTENT_TYPES = {
  text: "text",
  xml: "text/xml",
}

/** Ping body; guess: only "ArchiDelivery" is known (A2), the version string is made up. */
const PING_BODY = "ArchiDelivery 1.5.8.0"

/** HTTP status of RESULT=ERROR replies; guess: the envelope, not HTTP, carries errors. */
const ERROR_HTTP_STATUS = 200

/** HTTP status when the request is not a GET; guess. */
const NOT_GET_HTTP_STATUS = 405

/** The 5xx fault's body; guess (a crashed Windows service behind a proxy). */
const SERVER_ERROR_BODY = "Internal Server Error"

/** DATA of an empty answer (unknown order / client, no client on a phone); guess. */
const EMPTY_DATA = {}

/** Error texts; guess: Russian like the only real message seen (the Warn below). */
const MESSAGES = {
  unknownMethod: (/** @type {string} */ m) => `Неизвестный метод: ${m}`,
  notGet: "Поддерживается только метод GET",
  missingParam: (/** @type {string} */ p) => `Не указан параметр ${p}`,
  badNumber: (/** @type {string} */ p) => `Неверное значение параметра ${p}`,
  fieldTooLong: (/** @type {string} */ p, /** @type {number} */ n) =>
    `Поле ${p} длиннее ${n} символов`,
  badType: "Неверный тип передачи клиента (type)",
  unknownClient: (/** @type {string} */ id) => `Клиент с ID=${id} не найден`,
  emptyOrder: "Не указан состав заказа (order)",
  badLine: (/** @type {string} */ l) =>
    `Неверный формат позиции заказа: «${l}»`,
  badJson: "Неверный формат JSON в параметре order",
  unknownItem: (/** @type {string} */ id) =>
    `Блюдо с ID=${id} не найдено в меню`,
  inactiveItem: (/** @type {string} */ id, /** @type {string} */ name) =>
    `Блюдо «${name}» (ID=${id}) недоступно для заказа`,
  badQuant: (/** @type {string} */ id, /** @type {string} */ q) =>
    `Неверное количество «${q}» для блюда ID=${id}`,
  commentTooLong: (/** @type {number} */ n) =>
    `Комментарий длиннее ${n} символов`,
  badTime: (/** @type {string} */ p) =>
    `Неверный формат времени в параметре ${p} (ГГГГ-ММ-ДД ЧЧ:ММ:СС)`,
}

/** The real "OK that is a failure" (A2 log), leading space included. Not a guess. */
const WARN_NO_ORDER_ID = " Не получены данные с генераторов по заказу"

/** Length limits: 19 from A2's substr() on newclient address fields, 200 from the vendor notes. */
const NEWCLIENT_ADDRESS_FIELDS = [
  "street",
  "house",
  "flat",
  "storey",
  "entrance",
]
const ADDRESS_MAX = 19
const COMMENT_MAX = 200

/** Quantity rule; guess: a positive whole number (weighted items unseen). */
const QUANT_RE = /^[1-9]\d{0,3}$/

/** Time params format from the vendor notes; rejecting others is a guess. */
const TIME_RE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/

/** Status of a new website order: 12 "from the website" (A2 comments). */
const NEW_ORDER_STATUS = 12

/** Order ids of new orders start here; guess. */
const FIRST_ORDER_ID = 1001

/** ORDERTYPE when neworder has no ordertype; guess: 3 = courier delivery (A3 data). */
const DEFAULT_ORDER_TYPE = 3

/**
 * Point a new order lands on; guess: the first point. No source shows a point
 * parameter on neworder (A1's and A2's parameter lists, A3's calls: only
 * getorderbypoint takes `pointid`), so the plugin sends none: a chain that
 * needs an order at another kitchen gives that kitchen's server its own URL
 * (`delivery.points[].url`), and on one server the order lands where the
 * server puts it, the zone's point being recorded for the admin and the
 * reconciliation's `getorderbypoint`.
 */
const defaultPointId = (/** @type {{ ID: number }[]} */ points) =>
  points[0] ? points[0].ID : 0

/** getorderdata row fields; guess beyond ORDERSTATUS (A2, A3). */
const ORDER_DATA_FIELDS = [
  "ID",
  "ORDERSTATUS",
  "CLIENTID",
  "PHONE",
  "COMMENT",
  "ORDERDATETIME",
  "ORDERTYPE",
  "SUMMA",
]

/**
 * Reconciliation's lookup; guess. No source shows a real server listing website
 * orders under a point with getorderbypoint (A3 reads it for orders typed in by
 * hand), nor getorderdata answering COMMENT and PHONE (only ORDERSTATUS is seen,
 * A2, A3). The emulator does both by default; the faults hide_website_orders and
 * order_data_blind take them away. Website orders are those neworder created.
 */
const isWebsiteOrder = (/** @type {{ id: number }} */ order) =>
  order.id >= FIRST_ORDER_ID
const BLIND_ORDER_DATA_FIELDS = ["COMMENT", "PHONE"]

/** Phone match; guess: exact string equality with what was stored, no normalising. */
const phoneMatches = (
  /** @type {string} */ stored,
  /** @type {string} */ asked
) => stored === asked

/** Date format of ORDERDATETIME / FormatORDERDATETIME; guess: local "YYYY-MM-DD HH:MM:SS". */
function formatDateTime(/** @type {Date} */ d) {
  const p = (/** @type {number} */ n) => String(n).padStart(2, "0")
  return (
    `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ` +
    `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
  )
}

/**
 * Query decoding; guess. '+' is a space (PHP's http_build_query), %XX become bytes,
 * bytes that are valid UTF-8 are read as UTF-8, otherwise as CP1251. Pure ASCII is
 * the same either way; rare CP1251 text that happens to be valid UTF-8 reads as UTF-8.
 * `cp1251` (the strict_query fault) reads every query as CP1251, as the vendor's
 * example URL is written, so a client sending UTF-8 sees mojibake.
 * @param {string} raw one percent-encoded name or value
 * @param {"auto" | "cp1251"} [mode]
 */
function decodeQueryComponent(raw, mode = "auto") {
  const bytes = []
  const s = raw.replace(/\+/g, " ")
  for (let i = 0; i < s.length; i++) {
    const hex = s.slice(i + 1, i + 3)
    if (s[i] === "%" && /^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else {
      // Unescaped bytes arrive as latin1 characters from Node's request line.
      bytes.push(s.charCodeAt(i) & 0xff)
    }
  }
  const buf = Buffer.from(bytes)
  return mode === "auto" && isUtf8(buf)
    ? buf.toString("utf8")
    : iconv.decode(buf, "cp1251")
}

/**
 * Parses a raw query string; guess: the last of repeated names wins, names keep
 * their spelling (lookups ignore case, see param()).
 * @param {string} query
 * @param {"auto" | "cp1251"} [mode]
 * @returns {Record<string, string>}
 */
function decodeQuery(query, mode = "auto") {
  /** @type {Record<string, string>} */
  const out = {}
  for (const part of query.split("&")) {
    if (!part) continue
    const eq = part.indexOf("=")
    const name = decodeQueryComponent(eq < 0 ? part : part.slice(0, eq), mode)
    out[name] = eq < 0 ? "" : decodeQueryComponent(part.slice(eq + 1), mode)
  }
  return out
}

/**
 * Parameter lookup; guess: names are case-insensitive (A3 sends OrderId, others orderid).
 * @param {Record<string, string>} params
 * @param {string} name
 * @returns {string | undefined}
 */
function param(params, name) {
  const lower = name.toLowerCase()
  let found
  for (const key of Object.keys(params)) {
    if (key.toLowerCase() === lower) found = params[key]
  }
  return found
}

/** Method names; guess: the path without slashes, case-insensitive. */
const methodFromPath = (/** @type {string} */ path) =>
  path.replace(/^\/+|\/+$/g, "").toLowerCase()

// Characters CP1251 can hold; others go into JSON as \uXXXX (guess) so nothing turns into "?".
const CP1251_CHARS = new Set(
  iconv.decode(Buffer.from([...Array(256).keys()]), "cp1251")
)

const escapeUnits = (/** @type {string} */ ch) =>
  ch
    .split("")
    .map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .join("")

/**
 * JSON for DATA=; numbers as JSON numbers. UTF-8 bodies carry raw characters
 * (A3 compares names with UTF-8 literals); ASCII bodies escape every non-ASCII
 * character as PHP's json_encode does by default; CP1251 bodies (a guess)
 * escape only what CP1251 lacks.
 * @param {unknown} data
 * @param {"utf8" | "cp1251" | "ascii"} bytes what the body will be written as
 */
function toJson(data, bytes) {
  const json = JSON.stringify(data)
  if (bytes === "utf8") return json
  return json.replace(/[^\x00-\x7f]/gu, (ch) =>
    bytes === "cp1251" && CP1251_CHARS.has(ch) ? ch : escapeUnits(ch)
  )
}

module.exports = {
  REPLY_CHARSET,
  CHARSET_MODES,
  DEFAULT_CHARSET_MODE,
  CONTENT_TYPES,
  PING_BODY,
  ERROR_HTTP_STATUS,
  NOT_GET_HTTP_STATUS,
  SERVER_ERROR_BODY,
  EMPTY_DATA,
  MESSAGES,
  WARN_NO_ORDER_ID,
  NEWCLIENT_ADDRESS_FIELDS,
  ADDRESS_MAX,
  COMMENT_MAX,
  QUANT_RE,
  TIME_RE,
  NEW_ORDER_STATUS,
  FIRST_ORDER_ID,
  DEFAULT_ORDER_TYPE,
  defaultPointId,
  ORDER_DATA_FIELDS,
  isWebsiteOrder,
  BLIND_ORDER_DATA_FIELDS,
  phoneMatches,
  formatDateTime,
  decodeQueryComponent,
  decodeQuery,
  param,
  methodFromPath,
  toJson,
}

// Outgoing order fields (neworder's parameter acceptance). Added after the block above so
// each entry sits apart; every one names its source or says it is a guess.

/**
 * `ordertype`: a whole number, negative allowed. A1's `Order.php` notes that pickup may
 * need `-1`; what a real server does with it is a guess (it is stored and reported as-is).
 */
module.exports.ORDER_TYPE_RE = /^-?\d+$/

/**
 * The order's e-mail: the vendor's notes name `mail`, the vendor's example URL sends
 * `email`, A2 sends both. Which one a real server reads when both differ is a guess:
 * `mail`, as the notes name it.
 * @param {(name: string) => string} f a trimmed parameter reader
 */
module.exports.orderMail = (f) => f("mail") || f("email")

/**
 * `doorphone`: a flag in the vendor's notes (`B – наличие домофона`; A2 sends 1/0) but
 * "Код домофона" in A1. Guess: a real server takes either, so "0"/"1" is read as the flag
 * and any other text as the code (which implies an intercom).
 * @param {string} value
 * @returns {{ flag: 0 | 1, code: string | null } | null} null when the parameter is absent
 */
module.exports.doorphoneOf = (value) => {
  if (!value) return null
  if (value === "0" || value === "1")
    return { flag: value === "1" ? 1 : 0, code: null }
  return { flag: 1, code: value }
}

// Menu row fields for sizes. Added after the block above so each entry sits apart.

/**
 * A field naming the dish a row is a size of. No public source names one: the
 * public rows carry each size as its own row and id, told apart only by the name
 * ("… 30 см"), and one public shop kept several ArchiDelivery ids per product by
 * hand. So the emulator's rows have no such field, and the plugin's
 * `sizes.grouping: "field"` with `sizes.groupField` is there for a server that
 * turns out to have one. A guess that it may exist, nothing more.
 */
module.exports.SIZE_GROUP_FIELD = null
// The menu's active flag (a stop-list). No public source shows one: A2's
// getallmenu reader uses only MGNAME, NAME and ID of each row, A1 has no menu
// method, A3 does not read the menu. Both entries below are guesses; the
// plugin's `menuFields.active` points at another name once a real server shows it.

/** Name of the active flag in menu rows: a guess (no source), `ACTIVE` with 1 on, 0 off. */
module.exports.ACTIVE_FIELD = "ACTIVE"

/**
 * Whether getallmenu lists switched-off rows (with the flag at 0) or leaves them
 * out: a guess (no source). By default they are left out, as the emulator always
 * did; the `list_inactive_rows` fault lists them. The plugin handles both: a row
 * with the flag off, or gone from the menu, is a dish that cannot be bought.
 */
module.exports.INACTIVE_ROWS_LISTED = false
/**
 * What a line's `mods` add to the kitchen's total. The field names and types are
 * A1's `Order/Item/Modificator.php` (modificatorId int, filled only for kind 1;
 * kind 0 nomenclature / 1 menu; kind1 0 remove / 1 add; ref int; quant float).
 * How a real server prices them is a guess: an added menu modifier (kind 1,
 * kind1 1) costs its `ref` menu row's price × its `quant` per piece of the dish;
 * a removal or a nomenclature reference costs nothing. An unknown `ref` adds 0.
 * @param {unknown[] | undefined} mods
 * @param {{ ID: number, PRICE: number }[]} menu
 */
module.exports.modsPrice = (mods, menu) =>
  (mods ?? []).reduce((/** @type {number} */ sum, m) => {
    const mod =
      /** @type {{ kind?: unknown, kind1?: unknown, ref?: unknown, quant?: unknown }} */ (
        m ?? {}
      )
    if (Number(mod.kind) !== 1 || Number(mod.kind1) !== 1) return sum
    const row = menu.find((r) => r.ID === Number(mod.ref))
    return sum + (row ? row.PRICE * (Number(mod.quant) || 0) : 0)
  }, 0)
