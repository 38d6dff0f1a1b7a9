// @ts-check
// The two reply envelopes (text RESULT/DATA and neworder's XML) and their bytes.
const iconv = require("iconv-lite")
const gaps = require("./gaps")

/**
 * @typedef {{ kind: "text", status: number, result: "OK" | "ERROR", data: unknown }} TextReply
 * @typedef {{ tag: "Error" | "Warn", text: string }} XmlProblem
 * @typedef {{ kind: "xml", status: number, result: "OK" | "ERROR", orderId?: number,
 *   problems: XmlProblem[] }} XmlReply
 * @typedef {{ kind: "plain", status: number, body: string }} PlainReply
 * @typedef {TextReply | XmlReply | PlainReply} Reply
 * @typedef {"cp1251" | "utf8" | "undeclared" | "mislabeled"} CharsetMode
 */

/** @returns {TextReply} */
const ok = (/** @type {unknown} */ data) => ({
  kind: "text",
  status: 200,
  result: "OK",
  data,
})

/** @returns {TextReply} */
const fail = (/** @type {string} */ message) => ({
  kind: "text",
  status: gaps.ERROR_HTTP_STATUS,
  result: "ERROR",
  data: message,
})

/** Lists go out keyed "1","2",… like the real server (A2 reads $json[1]['ID']). */
function keyed(/** @type {unknown[]} */ rows) {
  /** @type {Record<string, unknown>} */
  const out = {}
  rows.forEach((row, i) => (out[String(i + 1)] = row))
  return out
}

/** @returns {XmlReply} */
const xmlOk = (
  /** @type {number | undefined} */ orderId,
  problems = /** @type {XmlProblem[]} */ ([])
) => ({
  kind: "xml",
  status: 200,
  result: "OK",
  orderId,
  problems,
})

/** @returns {XmlReply} */
const xmlErrors = (/** @type {string[]} */ messages) => ({
  kind: "xml",
  status: 200,
  result: "ERROR",
  problems: messages.map((text) => ({ tag: "Error", text })),
})

/** @returns {PlainReply} */
const plain = (/** @type {string} */ body, status = 200) => ({
  kind: "plain",
  status,
  body,
})

/** @type {Record<string, string>} */
const XML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
}
const escapeXml = (/** @type {string} */ s) =>
  s.replace(/[&<>"']/g, (c) => XML_ENTITIES[c])

/**
 * @param {Reply} reply
 * @param {boolean} utf8 whether the body is written as UTF-8
 */
function renderBody(reply, utf8) {
  if (reply.kind === "plain") return reply.body
  if (reply.kind === "text") {
    return `RESULT=${reply.result}\r\nDATA=${gaps.toJson(reply.data, !utf8)}`
  }
  const id =
    reply.orderId === undefined ? "" : `<OrderId>${reply.orderId}</OrderId>`
  const errors = reply.problems.length
    ? `<Errors>${reply.problems
        .map((p) => `<${p.tag}>${escapeXml(p.text)}</${p.tag}>`)
        .join("")}</Errors>`
    : "<Errors/>"
  const charset = utf8 ? "utf-8" : gaps.REPLY_CHARSET
  return (
    `<?xml version="1.0" encoding="${charset}"?>\r\n` +
    `<output><Results><Result>${reply.result}</Result>${id}</Results>${errors}</output>`
  )
}

/**
 * Bytes and Content-Type of a reply under a charset mode (see the charset fault).
 * @param {Reply} reply
 * @param {CharsetMode} mode
 */
function encodeReply(reply, mode) {
  const utf8 = mode === "utf8"
  const body = renderBody(reply, utf8)
  const bytes = utf8 ? Buffer.from(body, "utf8") : iconv.encode(body, "cp1251")
  const base =
    reply.kind === "xml" ? gaps.CONTENT_TYPES.xml : gaps.CONTENT_TYPES.text
  const declared = {
    cp1251: `; charset=${gaps.REPLY_CHARSET}`,
    utf8: "; charset=utf-8",
    undeclared: "",
    mislabeled: "; charset=utf-8",
  }[mode]
  return { contentType: base + declared, bytes }
}

module.exports = {
  ok,
  fail,
  keyed,
  xmlOk,
  xmlErrors,
  plain,
  renderBody,
  encodeReply,
}
