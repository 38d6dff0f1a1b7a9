import { parseXmlEnvelope, type ArchiExchange } from "../archidelivery"

/*
 * The attempt log of a queue row: what a push or a reconciliation writes,
 * and what reconciliation reads back from it.
 */

/** One OrderAttempt row to write: the request as sent and the reply as read, no secrets. */
export type AttemptRecord = {
  outcome: string
  message: string | null
  request: {
    method: string
    params: Record<string, string>
    query: string
  } | null
  reply: string | null
  http_status: number | null
  duration_ms: number | null
  /** Sent as it was but for a person to check: shown in the order widget. */
  warnings?: { code: string; value: string }[] | null
}

/** An exchange as an attempt keeps it: method, decoded params, query and the reply. */
export function attemptFrom(
  outcome: string,
  message: string | null,
  exchange?: ArchiExchange
): AttemptRecord {
  return {
    outcome,
    message,
    request: exchange
      ? {
          method: exchange.method,
          params: exchange.params,
          query: exchange.query,
        }
      : null,
    reply: exchange?.body ?? null,
    http_status: exchange?.status ?? null,
    duration_ms: exchange?.durationMs ?? null,
  }
}

/** An attempt as reconciliation reads the row's own history. */
export type PastAttempt = {
  outcome: string
  reply: string | null
  request: { method?: string; params?: Record<string, string> } | null
}

/**
 * The OrderId a neworder reply of the row's own history already carries:
 * then the order was sent, whatever happened to the rest of that attempt.
 */
export function orderIdFromAttempts(attempts: PastAttempt[]): string | null {
  for (const a of attempts) {
    if (a.request?.method !== "neworder" || !a.reply) {
      continue
    }
    try {
      const reply = parseXmlEnvelope(a.reply)
      if (reply.ok && reply.orderId && /^[1-9]\d*$/.test(reply.orderId)) {
        return reply.orderId
      }
    } catch {
      // Unreadable: it proves nothing.
    }
  }
  return null
}

/** The client a `type=1` neworder of the row named, if any. */
export function clientIdFromAttempts(attempts: PastAttempt[]): string | null {
  for (const a of attempts) {
    const p = a.request?.params
    if (a.request?.method === "neworder" && p && String(p.type) === "1") {
      const id = String(p.clientid ?? "").trim()
      if (id) {
        return id
      }
    }
  }
  return null
}
