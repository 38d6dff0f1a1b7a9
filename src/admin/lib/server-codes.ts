import type { TFunction } from "i18next"
import { REPORT_CODES } from "../../lib/menu/report"
import { ORDER_PROBLEM_CODES } from "../../lib/orders/order-problems"

/**
 * Every code the server sends that the admin puts into words, by the
 * translation block that holds its texts. A unit test checks each has a text
 * in every language and that the server emits no code missing here; add a
 * new server code to its list and its texts to every language. The lists
 * the server keeps in files that import only types are taken from there; the
 * others are copies, as their files import server-only modules.
 */
export const SERVER_CODES = {
  /** An attempt's outcome and a queue row's last_error_kind. */
  outcome: [
    "sent",
    "unreachable",
    "ping_failed",
    "rejected",
    "unknown_outcome",
    "invalid_reply",
    "invalid_data",
    "internal_error",
    "lease_expired",
    "reconciled_found",
    "reconciled_absent",
    "reconcile_pending",
    "reconcile_unreachable",
    "reconcile_undecidable",
    "needs_review",
    "manual_retry",
    "manual_resolve",
    "reconcile_no_answer",
    "cancelled",
    "cancelled_after_send",
    "cancelled_in_doubt",
    "cancelled_while_sending",
    "id_reused",
    "archidelivery_id_reused",
  ],
  /** What an import did with a menu row. */
  "report.actions": [
    "created",
    "updated",
    "unchanged",
    "skipped_unapproved",
    "invalid",
    "missing",
    "adopted",
    "recreated",
    "no_variant",
    "grouped",
    "size_pending",
    "failed",
  ],
  /** Why (a report line's code). */
  "report.messages": REPORT_CODES,
  /** Why an order could not be sent. */
  orderProblems: ORDER_PROBLEM_CODES,
  /** Refusals of the admin API. */
  serverErrors: [
    "order_not_queued",
    "retry_refused",
    "resolve_refused",
    "order_id_taken",
    "drain_running",
  ],
} as const

export type ServerCodeBlock = keyof typeof SERVER_CODES

export type Coded = {
  code: string
  params?: Record<string, string | number> | null
}

/**
 * A server code in the admin's language, or null for a code this admin does
 * not know (then the caller shows the server's English message). A `status`
 * parameter is a queue state and is named in the same language.
 */
export function serverText(
  t: TFunction,
  block: ServerCodeBlock,
  code: string,
  params?: Record<string, string | number> | null
): string | null {
  const known = (SERVER_CODES[block] as readonly string[]).includes(code)
  if (!known) {
    return null
  }
  const values: Record<string, string | number> = { ...(params ?? {}) }
  if (typeof values.status === "string") {
    values.status = t(`orderStatus.${values.status}`, {
      ns: "archidelivery",
      defaultValue: values.status,
    })
  }
  return t(`${block}.${code}`, { ns: "archidelivery", ...values })
}

/** An unsendable order's problems in the admin's language; null when there are none to word. */
export function problemsText(
  t: TFunction,
  problems: Coded[] | null | undefined
): string[] | null {
  if (!problems?.length) {
    return null
  }
  const texts = problems.map((p) =>
    serverText(t, "orderProblems", p.code, p.params)
  )
  return texts.every((x): x is string => x !== null) ? texts : null
}

/** A report line's reason in the admin's language, else the server's message. */
export function reportMessage(
  t: TFunction,
  item: {
    code?: string | null
    params?: Coded["params"]
    message?: string | null
  }
): string | null {
  if (item.code === "unapproved_changes") {
    const p = item.params ?? {}
    const changes = [
      "name_from" in p
        ? t("report.messages.changeName", {
            ns: "archidelivery",
            from: p.name_from,
            to: p.name_to,
          })
        : null,
      "price_to" in p
        ? t("report.messages.changePrice", {
            ns: "archidelivery",
            from: p.price_from === "" ? "—" : p.price_from,
            to: p.price_to,
          })
        : null,
    ].filter(Boolean)
    return serverText(t, "report.messages", item.code, {
      changes: changes.join(", "),
    })
  }
  return (
    (item.code && serverText(t, "report.messages", item.code, item.params)) ||
    item.message ||
    null
  )
}
