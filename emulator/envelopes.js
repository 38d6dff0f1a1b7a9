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
 * @typedef {keyof typeof gaps.CHARSET_MODES} CharsetMode
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

/** Bytes and label of each charset mode (the `charset` fault); see gaps.CHARSET_MODES. */
const MODES = gaps.CHARSET_MODES

/** XML numeric references for non-ASCII characters, so the body is pure ASCII. */
const xmlEscapedAscii = (/** @type {string} */ s) =>
  s.replace(/[^\x00-\x7f]/gu, (ch) => `&#${ch.codePointAt(0)};`)

/**
 * neworder's XML in the layout of the only real reply on record: CRLF line
 * ends, two-space indentation, a trailing CRLF, and no <Errors> element
 * unless there is something in it.
 * @param {XmlReply} reply
 * @param {string | null} label the charset named in the prolog
 */
function renderXml(reply, label) {
  const lines = [
    label === null
      ? `<?xml version="1.0"?>`
      : `<?xml version="1.0" encoding="${label}"?>`,
    "<output>",
    "  <Results>",
    `    <Result>${reply.result}</Result>`,
  ]
  if (reply.orderId !== undefined) {
    lines.push(`    <OrderId>${reply.orderId}</OrderId>`)
  }
  lines.push("  </Results>")
  if (reply.problems.length) {
    lines.push("  <Errors>")
    for (const p of reply.problems) {
      lines.push(`    <${p.tag}>${escapeXml(p.text)}</${p.tag}>`)
    }
    lines.push("  </Errors>")
  }
  lines.push("</output>")
  return lines.join("\r\n") + "\r\n"
}

/**
 * The body as text, before it becomes bytes.
 * @param {Reply} reply
 * @param {CharsetMode} mode
 */
function renderBody(reply, mode) {
  const m = MODES[mode]
  if (reply.kind === "plain") return reply.body
  if (reply.kind === "text") {
    return `RESULT=${reply.result}\r\nDATA=${gaps.toJson(reply.data, m.bytes)}`
  }
  const xml = renderXml(reply, m.label)
  return m.bytes === "ascii" ? xmlEscapedAscii(xml) : xml
}

/**
 * Bytes and Content-Type of a reply under a charset mode (see the charset fault).
 * @param {Reply} reply
 * @param {CharsetMode} mode
 */
function encodeReply(reply, mode) {
  const m = MODES[mode]
  const body = renderBody(reply, mode)
  const bytes =
    m.bytes === "cp1251"
      ? iconv.encode(body, "cp1251")
      : Buffer.from(body, "utf8")
  const base =
    reply.kind === "xml" ? gaps.CONTENT_TYPES.xml : gaps.CONTENT_TYPES.text
  const contentType = m.label === null ? base : `${base}; charset=${m.label}`
  return { contentType, bytes }
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
