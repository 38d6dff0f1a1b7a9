/**
 * The text of anything thrown, for a log line or a stored message.
 *
 * A failed Medusa workflow does not rethrow the step's Error: the
 * orchestrator stores a plain copy (`{ message, name, stack, ... }`), and a
 * workflow's result may carry `errors: [{ error }]`. `String()` of either
 * reads `[object Object]`, which hides the real cause, so this reads every
 * shape we meet and never returns that text.
 */
export function errorMessage(error: unknown): string {
  return messageOf(error, 0) ?? "unknown error"
}

const MAX_DEPTH = 4
const MAX_JSON = 500

function messageOf(value: unknown, depth: number): string | null {
  if (value === null || value === undefined) {
    return null
  }
  if (typeof value === "string") {
    return value.trim() || null
  }
  if (typeof value !== "object") {
    return String(value)
  }
  if (depth > MAX_DEPTH) {
    return null
  }
  const v = value as Record<string, unknown>
  const own = messageOf(
    typeof v.message === "string" ? v.message : null,
    depth + 1
  )
  if (own) {
    return own
  }
  // A workflow's result or an AggregateError: the inner errors say why.
  const list = Array.isArray(v.errors) ? v.errors : null
  if (list?.length) {
    const inner = list
      .map((e) =>
        messageOf(
          e && typeof e === "object" && "error" in e
            ? (e as { error: unknown }).error
            : e,
          depth + 1
        )
      )
      .filter((m): m is string => !!m)
    if (inner.length) {
      return [...new Set(inner)].join("; ")
    }
  }
  for (const key of ["error", "cause"] as const) {
    const inner = messageOf(v[key], depth + 1)
    if (inner) {
      return inner
    }
  }
  if (typeof v.name === "string" && v.name && v.name !== "Error") {
    return v.name
  }
  if (value instanceof Error) {
    return null
  }
  return json(value)
}

function json(value: object): string | null {
  try {
    const text = JSON.stringify(value)
    if (!text || text === "{}" || text === "[]") {
      return null
    }
    return text.length > MAX_JSON ? `${text.slice(0, MAX_JSON)}…` : text
  } catch {
    return null
  }
}
