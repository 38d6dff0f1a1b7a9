import { readActiveFlag } from "./availability"
import { reason, type Reason, type ReportCode } from "./report"
import type { SizeInfo } from "./sizes"

/** Protocol field names of a menu row (options.menuFields). */
export type MenuFields = {
  id: string
  name: string
  price: string
  weight: string
  group: string
  /** The field naming the dish a row is a size of, when the server has one. */
  sizeGroup?: string
  /** The active flag; absent from older configurations = the default name. */
  active?: string
}

/** A valid menu row. Price in major units (185 = 185.00), weight in grams. */
export type MenuItem = {
  archidelivery_id: string
  name: string
  price: number
  weight: number | null
  group: string | null
  /** The value of the size group field (`menuFields.sizeGroup`), when read. */
  size_group?: string | null
  /** What dish the row is a size of; null or absent for a plain product. */
  size?: SizeInfo | null
  /** ArchiDelivery's active flag: false = switched off in the kitchen. */
  active: boolean
}

/** A row read: the item, or why it is invalid with what could be read of it. */
export type RowCheck =
  { item: MenuItem } | { error: Reason; id: string | null; name: string | null }

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v)

const isBlank = (v: unknown) =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "")

// Windows servers may write decimals with a comma ("239,50").
const NUMBER_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/

/** A finite number from a JSON number or numeric text; null otherwise. */
export function readNumber(v: unknown): number | null {
  if (typeof v === "number") {
    return Number.isFinite(v) ? v : null
  }
  if (typeof v === "string" && NUMBER_TEXT.test(v.trim())) {
    return Number(v.trim().replace(",", "."))
  }
  return null
}

const readText = (v: unknown): string | null => {
  if (typeof v === "string") {
    return v.trim() || null
  }
  return typeof v === "number" && Number.isFinite(v) ? String(v) : null
}

const shown = (v: unknown) => JSON.stringify(v) ?? String(v)

/** Reads one menu row with the configured field names, or says why it is invalid. */
export function readRow(row: unknown, f: MenuFields): RowCheck {
  if (!isRecord(row)) {
    return {
      error: reason(
        "row_not_object",
        { value: shown(row) },
        `row is not an object: ${shown(row)}`
      ),
      id: null,
      name: null,
    }
  }
  const id = readText(row[f.id])
  const name = readText(row[f.name])
  const bad = (
    code: ReportCode,
    params: Record<string, string | number>,
    message: string
  ): RowCheck => ({ error: reason(code, params, message), id, name })
  if (id === null) {
    return isBlank(row[f.id])
      ? bad("id_missing", { field: f.id }, `${f.id} is missing`)
      : bad(
          "id_invalid",
          { field: f.id, value: shown(row[f.id]) },
          `${f.id} is not an id: ${shown(row[f.id])}`
        )
  }
  if (name === null) {
    return isBlank(row[f.name])
      ? bad("name_empty", { field: f.name }, `${f.name} is empty`)
      : bad(
          "name_invalid",
          { field: f.name, value: shown(row[f.name]) },
          `${f.name} is not text: ${shown(row[f.name])}`
        )
  }
  if (isBlank(row[f.price])) {
    return bad("price_missing", { field: f.price }, `${f.price} is missing`)
  }
  const price = readNumber(row[f.price])
  if (price === null) {
    return bad(
      "price_invalid",
      { field: f.price, value: shown(row[f.price]) },
      `${f.price} is not a number: ${shown(row[f.price])}`
    )
  }
  if (price < 0) {
    return bad(
      "price_negative",
      { field: f.price, value: price },
      `${f.price} is negative: ${price}`
    )
  }
  let weight: number | null = null
  if (!isBlank(row[f.weight])) {
    const w = readNumber(row[f.weight])
    if (w === null || w < 0) {
      return bad(
        "weight_invalid",
        { field: f.weight, value: shown(row[f.weight]) },
        `${f.weight} is not a weight in grams: ${shown(row[f.weight])}`
      )
    }
    // Medusa keeps weights as whole numbers.
    weight = Math.round(w)
  }
  return {
    item: {
      archidelivery_id: id,
      name,
      price,
      weight,
      group: readText(row[f.group]),
      ...(f.sizeGroup ? { size_group: readText(row[f.sizeGroup]) } : {}),
      active: readActiveFlag(row[f.active ?? "ACTIVE"]).active,
    },
  }
}
