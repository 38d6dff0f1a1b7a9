import type { ArchiExchange, InspectedCall } from "../archidelivery"

/** Reply bodies in a report are cut so it stays short enough to paste. */
export const EVIDENCE_BODY_LIMIT = 400

export const snippet = (text: string, max = EVIDENCE_BODY_LIMIT) => {
  const t = text.trim()
  return t.length <= max ? t : `${t.slice(0, max)}… (${t.length} characters)`
}

/** What a report shows of one call: the query, the status, the reply's start; never a host or a header. */
export function callEvidence(call: InspectedCall | undefined) {
  if (!call) {
    return { called: false }
  }
  const x: Partial<ArchiExchange> = call.exchange ?? {}
  return {
    method: x.method ?? call.error?.method,
    query: x.query ?? "",
    http_status: x.status ?? null,
    content_type: x.contentType ?? null,
    duration_ms: x.durationMs ?? null,
    ...(x.body !== undefined ? { reply: snippet(x.body) } : {}),
    ...(call.error
      ? { error: { kind: call.error.kind, message: call.error.message } }
      : {}),
  }
}

/** The error of a call, or the server's refusal, as one line; null when it answered OK. */
export function failureOf(call: InspectedCall | undefined): string | null {
  if (!call) {
    return "not called"
  }
  if (call.error) {
    return call.error.message
  }
  const reply = call.reply
  if (!reply) {
    return "no reply"
  }
  if (reply.type === "xml") {
    return "an XML reply where RESULT/DATA text was expected"
  }
  return reply.ok ? null : `RESULT=${reply.result}: ${reply.message ?? ""}`
}

/** The DATA of an answered text reply; undefined when there is none. */
export function dataOf(call: InspectedCall | undefined): unknown {
  return failureOf(call) === null && call?.reply?.type === "text"
    ? call.reply.data
    : undefined
}
