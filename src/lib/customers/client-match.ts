import type { ArchiDeliveryClient } from "../archidelivery"
import { PhoneStyle, phoneLookupForms } from "./phone"

export interface ClientMatch {
  clientId: string
  /** More than one ArchiDelivery client has this phone: an admin should check. */
  ambiguous: boolean
  /** Every client id found for the phone, lowest first. */
  candidates: string[]
  /** The phone form ArchiDelivery answered to. */
  matchedForm: string
}

/**
 * Chooses among clients sharing a phone deterministically: the lowest id,
 * i.e. the oldest client, so every worker and every retry picks the same one.
 */
export function chooseClient(ids: string[]): string {
  return [...ids].sort(compareIds)[0]
}

function compareIds(a: string, b: string) {
  const na = Number(a)
  const nb = Number(b)
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) {
    return na - nb
  }
  return a.localeCompare(b)
}

/**
 * Asks ArchiDelivery for the clients with this phone, trying each stored
 * form in turn (see phoneLookupForms); null when no form matches.
 * Connection errors propagate: the caller decides whether to wait.
 */
export async function findClientByPhone(
  client: Pick<ArchiDeliveryClient, "getClientByPhone">,
  e164: string,
  style: PhoneStyle
): Promise<ClientMatch | null> {
  for (const form of phoneLookupForms(e164, style)) {
    const rows = await client.getClientByPhone(form)
    const ids = [
      ...new Set(
        rows
          .map((row) => row.ID ?? row.Id ?? row.id)
          .filter((id) => id !== undefined && id !== null && `${id}` !== "")
          .map((id) => `${id}`)
      ),
    ].sort(compareIds)
    if (ids.length) {
      return {
        clientId: chooseClient(ids),
        ambiguous: ids.length > 1,
        candidates: ids,
        matchedForm: form,
      }
    }
  }
  return null
}
