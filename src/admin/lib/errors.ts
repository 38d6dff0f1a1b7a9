import type { TFunction } from "i18next"
import { ApiError, statusOf } from "./api"
import { serverText } from "./server-codes"

/**
 * What to tell an admin about a failed request: the plugin's refusals in the
 * admin's language from their code, else the server's own message when it
 * gave one (it names the field or the state), else a plain sentence.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  const status = statusOf(error)
  const message = (error as { message?: unknown } | null)?.message
  if (status === 401) {
    return t("errors.unauthorized")
  }
  if (error instanceof ApiError && error.code) {
    const text = serverText(t, "serverErrors", error.code, error.params)
    if (text) {
      return text
    }
  }
  if (typeof message === "string" && message.trim() && status !== undefined) {
    return message
  }
  if (status === undefined) {
    return t("errors.network")
  }
  return t("errors.generic", { status })
}
