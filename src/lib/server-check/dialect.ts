import {
  isKeyedList,
  isEmptyData,
  type DetectedCharset,
  type InspectedCall,
  type ReplyCharset,
} from "../archidelivery"
import type { DataShape, DialectReport, Finding } from "./types"

const NAMES: Record<DetectedCharset, string> = {
  utf8: "UTF-8",
  cp1251: "CP1251",
  ascii: "plain ASCII",
  escaped: "ASCII with \\u escapes",
}

/** Which detection says most about the text: real non-ASCII bytes beat escapes beat plain ASCII. */
const RANK: DetectedCharset[] = ["utf8", "cp1251", "escaped", "ascii"]

export function dataShape(call: InspectedCall | undefined): DataShape | null {
  const reply = call?.reply
  if (!reply) {
    return call?.error?.kind === "unknown_outcome" && call.decoded
      ? "unreadable"
      : null
  }
  if (reply.type !== "text" || !reply.ok) {
    return null
  }
  const data = reply.data
  if (isEmptyData(data)) {
    return "empty"
  }
  if (Array.isArray(data)) {
    return "list"
  }
  return isKeyedList(data) ? "keyed" : "record"
}

/**
 * The reply dialect, read from the text replies the check got: their
 * Content-Type, the charset they name and the one their bytes are, and how
 * DATA is laid out (from the menu, the largest reply). `replyCharset` is
 * what the plugin is configured to read them as.
 */
export function readDialect(
  textCalls: InspectedCall[],
  menuCall: InspectedCall | undefined,
  replyCharset: ReplyCharset
): { dialect: DialectReport; finding: Finding } {
  const answered = textCalls.filter(
    (c) => c.decoded && c.reply?.type === "text"
  )
  const first = answered[0]
  const seen = [...new Set(answered.map((c) => c.decoded!.detected))]
  const detected = RANK.find((r) => seen.includes(r)) ?? null
  const dialect: DialectReport = {
    text_content_type: first?.exchange?.contentType ?? null,
    xml_content_type: null,
    declared_charset: first?.decoded?.declaredLabel ?? null,
    detected_charset: detected,
    data_shape: dataShape(menuCall),
  }
  const evidence = {
    ...dialect,
    per_method: answered.map((c) => ({
      method: c.exchange?.method,
      content_type: c.exchange?.contentType ?? null,
      declared: c.decoded!.declaredLabel ?? null,
      detected: c.decoded!.detected,
    })),
    reply_charset_option: replyCharset,
    xml: "not seen: only neworder answers in XML, and the check never places an order",
  }
  const finding = (
    level: Finding["level"],
    title: string,
    detail: string
  ): Finding => ({ id: "dialect", level, title, detail, evidence })

  if (!first || !detected) {
    return {
      dialect,
      finding: finding(
        "warning",
        "No text reply to read the dialect from",
        "Fix the problems above first: no method answered with RESULT/DATA."
      ),
    }
  }
  const label = dialect.declared_charset
    ? `labelled ${dialect.declared_charset}`
    : "with no charset label"
  const title = `Replies are ${NAMES[detected]} ${label} (Content-Type "${dialect.text_content_type ?? "none"}"), DATA ${dialect.data_shape ?? "not seen"}`
  const real = seen.filter((s) => s === "utf8" || s === "cp1251")
  if (real.length > 1) {
    return {
      dialect,
      finding: finding(
        "warning",
        title,
        "Keep replyCharset auto: methods answer in different charsets, and only auto reads each by its bytes."
      ),
    }
  }
  if (replyCharset !== "auto" && real.length && real[0] !== replyCharset) {
    return {
      dialect,
      finding: finding(
        "problem",
        title,
        `Set replyCharset to auto (or ${real[0]}): it is ${replyCharset}, so names arrive garbled.`
      ),
    }
  }
  if (dialect.data_shape === "unreadable") {
    return {
      dialect,
      finding: finding(
        "problem",
        title,
        "Nothing to set can fix this: the menu's DATA is not complete JSON; send this report to support."
      ),
    }
  }
  const declared = first.decoded!.declared
  const mislabeled =
    (detected === "utf8" || detected === "cp1251") &&
    declared !== undefined &&
    declared !== detected
  return {
    dialect,
    finding: finding(
      "ok",
      title,
      mislabeled
        ? `Keep replyCharset ${replyCharset}: the label says ${dialect.declared_charset} but the bytes are ${NAMES[detected]}, and it reads them as they are.`
        : `Nothing to set: replyCharset ${replyCharset} reads these replies as they are.`
    ),
  }
}
