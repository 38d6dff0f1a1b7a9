import { XMLParser, XMLValidator } from "fast-xml-parser"
import { UnreadableReplyError } from "./errors"
import { isEmptyData } from "./rows"

/** `RESULT=…` on line 1, `DATA=<json>` after it. */
export interface TextReply {
  type: "text"
  /** line 1 said RESULT=OK */
  ok: boolean
  /** the value after RESULT= */
  result: string
  /** for a refusal: the server's own text */
  message: string | null
  /** DATA as parsed JSON (null when empty); undefined for a refusal */
  data: unknown
}

/** `<output><Results><Result/><OrderId/></Results><Errors/></output>` */
export interface XmlReply {
  type: "xml"
  /** no Errors children and Result is OK */
  ok: boolean
  result: string | null
  orderId: string | null
  /** the trimmed texts of every child of <Errors> (Warn, Error, …) in order */
  errors: string[]
  /** the errors joined, or a note on a Result that is not OK */
  message: string | null
}

export type ArchiReply = TextReply | XmlReply

const RESULT_LINE = /^RESULT\s*=(.*)$/i
const DATA_PREFIX = /^DATA\s*=/i

/** The server's refusal text: what follows line 1, unwrapped from DATA="…" when it is one. */
function refusalMessage(firstLine: string, rest: string): string {
  const text = rest.trim()
  if (!text) {
    return firstLine.trim()
  }
  if (!DATA_PREFIX.test(text)) {
    return text
  }
  const value = text.replace(DATA_PREFIX, "").trim()
  try {
    const parsed = JSON.parse(value)
    if (typeof parsed === "string" && parsed.trim()) {
      return parsed.trim()
    }
  } catch {
    // not JSON: keep the text as sent
  }
  return value || firstLine.trim()
}

/**
 * Parses the text envelope. A RESULT other than OK is returned as a refusal
 * (`ok: false`); a body that is not this envelope, or whose DATA is not
 * complete JSON, throws UnreadableReplyError.
 */
export function parseTextEnvelope(text: string): TextReply {
  const body = text.replace(/^\uFEFF/, "").replace(/^\s+/, "")
  const nl = body.search(/\r?\n/)
  const firstLine = nl === -1 ? body : body.slice(0, nl)
  const rest = nl === -1 ? "" : body.slice(nl).replace(/^\r?\n/, "")
  const m = firstLine.match(RESULT_LINE)
  if (!m) {
    throw new UnreadableReplyError("the reply does not start with RESULT=")
  }
  const result = m[1].trim()
  if (result.toUpperCase() !== "OK") {
    return {
      type: "text",
      ok: false,
      result,
      message: refusalMessage(firstLine, rest),
      data: undefined,
    }
  }
  const dataText = rest.trimStart()
  if (!DATA_PREFIX.test(dataText)) {
    throw new UnreadableReplyError("the reply has no DATA= line")
  }
  // The JSON runs to the end of the body (it may be pretty-printed).
  const json = dataText.replace(DATA_PREFIX, "").trim()
  let data: unknown = null
  if (json) {
    try {
      data = JSON.parse(json)
    } catch {
      throw new UnreadableReplyError("DATA is not complete JSON")
    }
  }
  return {
    type: "text",
    ok: true,
    result,
    message: null,
    data: isEmptyData(data) ? null : data,
  }
}

type XmlNode = Record<string, unknown>

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  // Numeric character references (&#1053;) are plain XML, but the parser
  // only decodes them with this on; an ASCII-only server may send them.
  htmlEntities: true,
})

const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ":@")
const kids = (node: XmlNode): XmlNode[] => {
  const tag = tagOf(node)
  const value = tag ? node[tag] : undefined
  return Array.isArray(value) ? (value as XmlNode[]) : []
}
const isText = (node: XmlNode) => tagOf(node) === "#text"

function textOf(node: XmlNode): string {
  if (isText(node)) {
    return String(node["#text"] ?? "")
  }
  return kids(node).map(textOf).join("")
}

const find = (nodes: XmlNode[], name: string) =>
  nodes.find((n) => tagOf(n)?.toLowerCase() === name.toLowerCase())

/**
 * Parses the XML envelope used by neworder. Every child of <Errors> counts
 * (Warn included: the real server says "OK" and warns when nothing was
 * created). Broken XML or another root element throws UnreadableReplyError.
 */
export function parseXmlEnvelope(text: string): XmlReply {
  const xml = text.replace(/^\uFEFF/, "").trim()
  if (!xml || XMLValidator.validate(xml) !== true) {
    throw new UnreadableReplyError("the reply is not well-formed XML")
  }
  const roots = (parser.parse(xml) as XmlNode[]).filter((n) => !isText(n))
  const output = find(roots, "output")
  if (!output) {
    throw new UnreadableReplyError("the XML reply has no <output> element")
  }
  const top = kids(output)
  const results = find(top, "Results")
  const inResults = results ? kids(results) : []
  const pick = (name: string) => {
    const node = find(inResults, name) ?? find(top, name)
    const value = node ? textOf(node).trim() : ""
    return value || null
  }
  const result = pick("Result")
  const orderId = pick("OrderId")
  const errorsNode = find(top, "Errors")
  const errors = (errorsNode ? kids(errorsNode) : [])
    // An empty element such as <Error/> still says something: its name.
    .map((n) => textOf(n).trim() || (isText(n) ? "" : tagOf(n)!))
    .filter((t) => t.length > 0)
  const resultOk = result?.toUpperCase() === "OK"
  const message = errors.length
    ? errors.join("; ")
    : resultOk
      ? null
      : `Result ${result ?? "missing"}`
  return {
    type: "xml",
    ok: resultOk && errors.length === 0,
    result,
    orderId,
    errors,
    message,
  }
}

const XML_START = /^\s*(<\?xml|<output[\s>/])/i
const TEXT_START = /^\s*RESULT\s*=/i

/**
 * Picks the envelope like the PHP client A1 does (by Content-Type), sniffing
 * the body when the type is missing or says neither, and trusting the body
 * when it plainly belongs to the other envelope (a mislabeled reply).
 */
export function envelopeOf(
  contentType: string | undefined,
  text: string
): "xml" | "text" | null {
  const body = text.replace(/^\uFEFF/, "")
  const sniffed = XML_START.test(body)
    ? "xml"
    : TEXT_START.test(body)
      ? "text"
      : null
  const ct = contentType ?? ""
  const declared = /\b(text|application)\/([\w.-]+\+)?xml\b/i.test(ct)
    ? "xml"
    : /text/i.test(ct)
      ? "text"
      : null
  return sniffed ?? declared
}

export function parseEnvelope(
  contentType: string | undefined,
  text: string
): ArchiReply {
  const kind = envelopeOf(contentType, text)
  if (kind === "xml") {
    return parseXmlEnvelope(text)
  }
  if (kind === "text") {
    return parseTextEnvelope(text)
  }
  throw new UnreadableReplyError(
    "the reply is neither a RESULT/DATA text nor an XML envelope"
  )
}
