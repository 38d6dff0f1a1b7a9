import { readNumber, type MenuFields } from "../menu/menu-row"
import { snippet } from "./evidence"
import type { Finding, MenuReport } from "./types"

type Role = "id" | "name" | "price" | "weight"

const ROLES: Role[] = ["id", "name", "price", "weight"]

/** Field names other ArchiDelivery set-ups are likely to use, most likely first. */
const SYNONYMS: Record<Role, string[]> = {
  id: ["ID", "MENUID", "MENU_ID", "CODE", "KOD"],
  name: ["NAME", "MENUNAME", "MENU_NAME", "TITLE", "FULLNAME"],
  price: ["PRICE", "SUMMA", "SUM", "COST", "CENA", "PRICE1", "ЦЕНА", "ЦІНА"],
  weight: ["WEIGHT", "VES", "MASS", "OUTPUT", "VYHOD", "ВЕС", "ВАГА"],
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v)

/** Whether a value can play the role, as the import would read it. */
function fits(role: Role, v: unknown): boolean {
  if (role === "id") {
    return (
      (typeof v === "string" && v.trim() !== "") ||
      (typeof v === "number" && Number.isFinite(v))
    )
  }
  if (role === "name") {
    return typeof v === "string" && /\p{L}/u.test(v)
  }
  const n = readNumber(v)
  return n !== null && n >= 0
}

/** Rows in which `field` cannot play `role`. */
const misses = (rows: Record<string, unknown>[], role: Role, field: string) =>
  rows.filter((r) => !fits(role, r[field])).length

/** Every field name in the rows, in the order first seen. */
export function fieldNames(rows: unknown[]): string[] {
  const out = new Set<string>()
  for (const r of rows) {
    if (isRecord(r)) {
      Object.keys(r).forEach((k) => out.add(k))
    }
  }
  return [...out]
}

/**
 * For each role the configured field does not fill in every row, a field
 * that does: a likely name first, else the only field left that fits.
 * Null for a role nothing fills.
 */
export function suggestFields(
  rows: Record<string, unknown>[],
  configured: MenuFields
): Partial<Record<Role, string | null>> {
  const fields = fieldNames(rows)
  const working = ROLES.filter((r) => misses(rows, r, configured[r]) === 0)
  const taken = new Set([
    ...working.map((r) => configured[r]),
    configured.group,
  ])
  const out: Partial<Record<Role, string | null>> = {}
  const open = ROLES.filter((r) => !working.includes(r))
  const fitting = (role: Role) =>
    fields.filter((f) => !taken.has(f) && misses(rows, role, f) === 0)
  const take = (role: Role, field: string | null) => {
    out[role] = field
    if (field) {
      taken.add(field)
    }
  }
  // Likely names first, for every role; then a role with one field left gets it.
  for (const role of open) {
    const fit = fitting(role)
    take(
      role,
      SYNONYMS[role]
        .map((s) => fit.find((f) => f.toUpperCase() === s))
        .find(Boolean) ?? null
    )
  }
  // Ids, prices and weights are all numbers: guess without a name only when one is left.
  for (const role of open.filter((r) => !out[r])) {
    const fit = fitting(role)
    take(role, fit.length === 1 ? fit[0] : null)
  }
  return out
}

/** Do the configured `menuFields` find an id, name, price and weight in every menu row? */
export function checkMenu(
  data: unknown,
  configured: MenuFields,
  failure: string | null
): { menu: MenuReport; finding: Finding } {
  const rows = Array.isArray(data) ? data : []
  const records = rows.filter(isRecord)
  const fields = fieldNames(rows)
  const missing = Object.fromEntries(
    ROLES.map((r) => [r, misses(records, r, configured[r])])
  ) as Record<Role, number>
  const failing = ROLES.filter((r) => missing[r] > 0)
  const mapping_ok =
    failure === null &&
    records.length > 0 &&
    records.length === rows.length &&
    failing.length === 0
  const suggestion = failing.length ? suggestFields(records, configured) : {}
  const found = Object.fromEntries(
    Object.entries(suggestion).filter(([, f]) => f)
  ) as Partial<MenuFields>
  const suggested_mapping =
    mapping_ok || !Object.keys(found).length
      ? null
      : { ...configured, ...found }
  const menu: MenuReport = {
    rows: rows.length,
    fields,
    mapping_ok,
    suggested_mapping,
  }
  const evidence = {
    configured,
    rows_without: missing,
    ...(rows[0] !== undefined
      ? { first_row: snippet(JSON.stringify(rows[0]), 300) }
      : {}),
    ...(failure ? { error: failure } : {}),
  }
  const finding = (
    level: Finding["level"],
    title: string,
    detail: string
  ): Finding => ({ id: "menu", level, title, detail, evidence })

  if (failure !== null) {
    return {
      menu,
      finding: finding(
        "problem",
        "The menu could not be read",
        `Fix what getallmenu answered before importing: ${failure}`
      ),
    }
  }
  if (!rows.length) {
    return {
      menu,
      finding: finding(
        "warning",
        "The menu is empty",
        "Nothing to import yet: add dishes in ArchiDelivery (or switch them on) and check again."
      ),
    }
  }
  const title = `${rows.length} menu rows with fields ${fields.join(", ")}`
  if (mapping_ok) {
    return {
      menu,
      finding: finding(
        "ok",
        title,
        "Nothing to set: menuFields finds an id, name, price and weight in every row."
      ),
    }
  }
  const problems = failing.map(
    (r) =>
      `menuFields.${r} "${configured[r]}" is missing in ${missing[r]} of ${rows.length} rows`
  )
  if (records.length < rows.length) {
    problems.push(`${rows.length - records.length} rows are not objects`)
  }
  const set = Object.entries(found)
    .map(([r, f]) => `${r}: "${f}"`)
    .join(", ")
  const unfound = failing.filter((r) => !suggestion[r])
  const what = set
    ? `Set menuFields to { ${set} }`
    : "Set menuFields to the field names your rows use"
  const rest = unfound.length
    ? ` (no field looks like ${unfound.join(", ")})`
    : ""
  // Weight is optional to the import; id, name and price are not.
  const level = failing.some((r) => r !== "weight") ? "problem" : "warning"
  return {
    menu,
    finding: finding(level, title, `${what}${rest}: ${problems.join("; ")}.`),
  }
}
