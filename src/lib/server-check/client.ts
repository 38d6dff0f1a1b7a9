import { fieldNames } from "./menu"
import type { Finding } from "./types"

/** What `getclientbyphone` answers for a phone the admin gave. */
export function checkClientLookup(
  phone: string,
  data: unknown,
  failure: string | null
): Finding {
  const rows = Array.isArray(data) ? data : []
  const evidence = {
    phone,
    clients: rows.length,
    fields: fieldNames(rows),
    ...(failure ? { error: failure } : {}),
  }
  if (failure !== null) {
    return {
      id: "client",
      level: "warning",
      title: `Clients could not be looked up by ${phone}`,
      detail: `Nothing the options can fix: getclientbyphone failed: ${failure}`,
      evidence,
    }
  }
  if (!rows.length) {
    return {
      id: "client",
      level: "warning",
      title: `No client is stored with the phone ${phone}`,
      detail:
        "Set phone.format to the way your operators type phones (and check again with a phone you know is stored), so customers are matched to their clients.",
      evidence,
    }
  }
  return {
    id: "client",
    level: "ok",
    title: `${rows.length} client(s) stored with the phone ${phone}`,
    detail:
      rows.length > 1
        ? "Nothing to set: several clients share this phone; the plugin links the lowest id and flags it for review."
        : "Nothing to set: customers with this phone are matched to this client.",
    evidence,
  }
}
