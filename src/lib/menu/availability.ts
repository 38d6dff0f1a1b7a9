/**
 * Whether a dish (one ArchiDelivery menu row, i.e. one product link) can be
 * bought now. The plugin's table is the one source: ArchiDelivery's active
 * flag as last read, the row's presence in the menu, and an admin's
 * switch-off that may end at a time. Computed on every read, so a switch-off
 * ends by itself when its time passes, with no job.
 */

/** Why a dish is unavailable, first match wins. */
export type UnavailableReason = "menu_inactive" | "missing" | "admin"

/** The availability columns of a product link. */
export interface AvailabilityState {
  /** ArchiDelivery's active flag as the last import or sync read it. */
  menu_active?: boolean | null
  /** Gone from the menu (a server may leave switched-off rows out). */
  missing?: boolean | null
  /** Switched off by an admin. */
  admin_unavailable?: boolean | null
  /** When the admin's switch-off ends; null = until switched back on. */
  unavailable_until?: Date | string | null
}

export interface Availability {
  available: boolean
  reason: UnavailableReason | null
  /** When it becomes available again by itself (an admin's switch-off with an end). */
  until: Date | null
}

export interface AvailabilityRules {
  /** Dishes gone from the menu cannot be bought (the kitchen no longer knows them). */
  missingIsUnavailable: boolean
}

const asDate = (v: Date | string | null | undefined): Date | null => {
  if (v === null || v === undefined) {
    return null
  }
  const d = v instanceof Date ? v : new Date(v)
  return Number.isNaN(d.getTime()) ? null : d
}

/** The admin's switch-off still holds at `now`. */
export function adminSwitchOffHolds(
  state: AvailabilityState,
  now: Date
): boolean {
  if (!state.admin_unavailable) {
    return false
  }
  const until = asDate(state.unavailable_until)
  return until === null || until.getTime() > now.getTime()
}

/** A dish's availability at `now`. */
export function availabilityOf(
  state: AvailabilityState,
  now: Date,
  rules: AvailabilityRules = { missingIsUnavailable: true }
): Availability {
  if (state.menu_active === false) {
    return { available: false, reason: "menu_inactive", until: null }
  }
  if (state.missing && rules.missingIsUnavailable) {
    return { available: false, reason: "missing", until: null }
  }
  if (adminSwitchOffHolds(state, now)) {
    return {
      available: false,
      reason: "admin",
      until: asDate(state.unavailable_until),
    }
  }
  return { available: true, reason: null, until: null }
}

/**
 * Reads the menu's active flag: 0/1, true/false, "0"/"1" (also "true",
 * "false", "yes", "no", "Y", "N", case-insensitive). An absent or empty field
 * means available, so a server without the field sells everything as before;
 * anything else unreadable also counts as available (never hide a dish on a
 * value the plugin does not understand) and is returned as `unreadable`.
 */
export function readActiveFlag(value: unknown): {
  active: boolean
  unreadable: boolean
} {
  if (value === undefined || value === null) {
    return { active: true, unreadable: false }
  }
  if (typeof value === "boolean") {
    return { active: value, unreadable: false }
  }
  if (typeof value === "number") {
    if (value === 0 || value === 1) {
      return { active: value === 1, unreadable: false }
    }
    return { active: true, unreadable: true }
  }
  if (typeof value === "string") {
    const v = value.trim().toLowerCase()
    if (v === "") {
      return { active: true, unreadable: false }
    }
    if (["1", "true", "yes", "y"].includes(v)) {
      return { active: true, unreadable: false }
    }
    if (["0", "false", "no", "n"].includes(v)) {
      return { active: false, unreadable: false }
    }
  }
  return { active: true, unreadable: true }
}

/** The links whose stored flag differs from what the menu says now. */
export function menuActiveChanges<
  L extends {
    id: string
    archidelivery_id: string
    menu_active?: boolean | null
  },
>(
  links: readonly L[],
  rows: readonly { archidelivery_id: string; active: boolean }[]
): { off: string[]; on: string[] } {
  const active = new Map(rows.map((r) => [r.archidelivery_id, r.active]))
  const off: string[] = []
  const on: string[] = []
  for (const link of links) {
    const now = active.get(link.archidelivery_id)
    if (now === undefined) {
      continue
    }
    const stored = link.menu_active !== false
    if (stored && !now) {
      off.push(link.id)
    } else if (!stored && now) {
      on.push(link.id)
    }
  }
  return { off, on }
}

/**
 * The link filters that find every link `menuActiveChanges` may switch, and
 * no others: the links of inactive rows, and switched-off links of active
 * rows, in slices of `slice` ids so no query grows with the menu.
 */
export function menuActiveCandidateFilters(
  rows: readonly { archidelivery_id: string; active: boolean }[],
  slice = 5_000
): Record<string, unknown>[] {
  const ids = (active: boolean) =>
    rows.filter((r) => r.active === active).map((r) => r.archidelivery_id)
  const sliced = (list: string[], extra: Record<string, unknown>) => {
    const out: Record<string, unknown>[] = []
    for (let i = 0; i < list.length; i += slice) {
      out.push({ ...extra, archidelivery_id: list.slice(i, i + slice) })
    }
    return out
  }
  return [
    ...sliced(ids(false), {}),
    ...sliced(ids(true), { menu_active: false }),
  ]
}
