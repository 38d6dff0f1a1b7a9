import type { ClientMatch } from "./client-match"
import { normalizePhone } from "./phone"

/** Who asked for a link: kept on the row as `linked_by`. */
export type LinkedBy = "order" | "customer" | "admin" | "bulk"

export type ClientLinkStatus = "linked" | "pending" | "failed"

/** A stored client link, as far as the rules here read it. */
export type StoredClientLink = {
  id: string
  customer_id: string
  status: ClientLinkStatus
  archidelivery_client_id: string | null
  phone: string | null
  linked_by: string | null
  linked_at: Date | null
  ambiguous: boolean
  candidates: unknown
  attempts: number
  next_attempt_at: Date | null
  lease_until: Date | null
  lease_owner: string | null
  last_error: string | null
}

/** The columns a link write sets (a claimed link's lease is the claim's). */
export type ClientLinkPatch = Partial<
  Omit<StoredClientLink, "id" | "customer_id" | "candidates">
> & { candidates?: string[] | null }

/** One customer's link to write. */
export type ClientLinkWrite = { customer_id: string; patch: ClientLinkPatch }

export const invalidPhoneMessage = (raw: string, country: string) =>
  `invalid phone "${raw}": not a valid phone number (read with default country ${country}); nothing was sent to ArchiDelivery`

export const NO_PHONE_MESSAGE =
  "the customer has no phone number; ArchiDelivery finds clients by phone"

/** A customer's phone read for linking: E.164, or why it cannot be used. */
export type LinkPhone =
  | { raw: string; e164: string; error: null }
  | { raw: string; e164: null; error: string }

export function readLinkPhone(
  phone: string | null | undefined,
  defaultCountry: string
): LinkPhone {
  const raw = phone?.trim() ?? ""
  const e164 = raw ? normalizePhone(raw, defaultCountry) : null
  if (e164) {
    return { raw, e164, error: null }
  }
  const error = raw
    ? invalidPhoneMessage(raw, defaultCountry)
    : NO_PHONE_MESSAGE
  return { raw, e164: null, error }
}

// A fresh request forgets the previous outcome and any claim in flight, so a
// worker still holding the old claim cannot overwrite it (its CAS fails).
const FRESH = {
  archidelivery_client_id: null,
  linked_at: null,
  ambiguous: false,
  candidates: null,
  attempts: 0,
  next_attempt_at: null,
  lease_until: null,
  lease_owner: null,
  last_error: null,
} satisfies ClientLinkPatch

/** A queued request: `pending`, or `failed` at once when the phone is unusable. */
export function requestedLink(
  phone: LinkPhone,
  linkedBy: LinkedBy
): ClientLinkPatch {
  return phone.e164
    ? { ...FRESH, status: "pending", phone: phone.e164, linked_by: linkedBy }
    : {
        ...FRESH,
        status: "failed",
        phone: null,
        last_error: phone.error,
        linked_by: linkedBy,
      }
}

/**
 * A client a person chose: `linked` at once. The choice settles a shared
 * phone, so the candidates are cleared.
 */
export function chosenLink(
  clientId: string,
  e164: string | null,
  linkedBy: LinkedBy,
  now = new Date()
): ClientLinkPatch {
  return {
    ...FRESH,
    status: "linked",
    archidelivery_client_id: clientId,
    phone: e164,
    linked_by: linkedBy,
    linked_at: now,
  }
}

/** An attempt found or created the client. */
export function linkedOutcome(
  match: Pick<ClientMatch, "clientId" | "ambiguous" | "candidates">,
  e164: string,
  now = new Date()
): ClientLinkPatch {
  return {
    status: "linked",
    archidelivery_client_id: match.clientId,
    phone: e164,
    linked_at: now,
    ambiguous: match.ambiguous,
    candidates: match.candidates,
    next_attempt_at: null,
    last_error: null,
  }
}

/** An attempt that a retry would not change. */
export function failedOutcome(
  phone: string | null,
  message: string
): ClientLinkPatch {
  return {
    status: "failed",
    archidelivery_client_id: null,
    phone,
    linked_at: null,
    ambiguous: false,
    candidates: null,
    next_attempt_at: null,
    last_error: message,
  }
}

/** An attempt that may not have reached ArchiDelivery: tried again later. */
export function pendingOutcome(
  e164: string,
  message: string,
  nextAttemptAt: Date
): ClientLinkPatch {
  return {
    status: "pending",
    phone: e164,
    next_attempt_at: nextAttemptAt,
    last_error: message,
  }
}

/** The columns a compensation puts back. */
export function restorable(link: StoredClientLink) {
  return {
    id: link.id,
    status: link.status,
    archidelivery_client_id: link.archidelivery_client_id,
    phone: link.phone,
    linked_by: link.linked_by,
    linked_at: link.linked_at,
    ambiguous: link.ambiguous,
    candidates: link.candidates as Record<string, unknown> | null,
    attempts: link.attempts,
    next_attempt_at: link.next_attempt_at,
    lease_until: link.lease_until,
    lease_owner: link.lease_owner,
    last_error: link.last_error,
  }
}

/** The distinct ArchiDelivery clients these links point to. */
export const clientIdsOf = (
  links: { archidelivery_client_id?: string | null }[]
) => [
  ...new Set(
    links
      .map((l) => l.archidelivery_client_id)
      .filter((id): id is string => !!id)
  ),
]
