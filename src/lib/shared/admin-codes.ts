import { MedusaError } from "@medusajs/framework/utils"

/** Values a coded message fills into the admin's translated sentence. */
export type CodeParams = Record<string, string | number>

/**
 * Refusals the admin API answers with a code and its parameters besides the
 * English message, so the admin can say them in the user's language while
 * API clients and logs keep reading the message.
 */
export const ADMIN_ERROR_CODES = [
  "order_not_queued",
  "retry_refused",
  "resolve_refused",
  "order_id_taken",
  "drain_running",
] as const

export type AdminErrorCode = (typeof ADMIN_ERROR_CODES)[number]

export type CodedMedusaError = MedusaError & {
  code: AdminErrorCode
  params: CodeParams
}

/** A MedusaError that carries its code and parameters (they survive a workflow's serialisation). */
export function codedError(
  type: string,
  code: AdminErrorCode,
  params: CodeParams,
  message: string
): CodedMedusaError {
  const error = new MedusaError(type, message, code) as CodedMedusaError
  error.params = params
  return error
}

const STATUS_OF_TYPE: Record<string, number> = {
  [MedusaError.Types.INVALID_DATA]: 400,
  [MedusaError.Types.NOT_ALLOWED]: 400,
  [MedusaError.Types.NOT_FOUND]: 404,
  [MedusaError.Types.CONFLICT]: 409,
}

/**
 * The reply for a coded refusal, or null for any other error (the framework
 * answers those). Medusa's own error handler keeps only type, code and
 * message, and rewrites conflicts to a generic text.
 */
export function codedReply(
  error: unknown
): { status: number; body: Record<string, unknown> } | null {
  const e = error as Partial<CodedMedusaError> | null
  if (
    !e ||
    typeof e.code !== "string" ||
    !(ADMIN_ERROR_CODES as readonly string[]).includes(e.code) ||
    typeof e.type !== "string" ||
    !(e.type in STATUS_OF_TYPE)
  ) {
    return null
  }
  return {
    status: STATUS_OF_TYPE[e.type],
    body: {
      type: e.type,
      code: e.code,
      message: e.message,
      params: e.params ?? {},
    },
  }
}
