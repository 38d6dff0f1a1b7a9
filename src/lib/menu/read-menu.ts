import { isArchiDeliveryError } from "../archidelivery"
import { isRecord, readRow, type MenuFields, type MenuItem } from "./menu-row"
import { reason, type Reason, type ReportItem } from "./report"

/** The reply is not a menu at all (e.g. wrong field names): the run fails. */
export class MenuSchemaError extends Error {
  field: string
  constructor(field: string, message: string) {
    super(message)
    this.name = "MenuSchemaError"
    this.field = field
  }
}

/**
 * Fails when no row has one of the required fields: then the field names in
 * the options do not match this server, and reporting every row would hide it.
 */
export function checkMenuShape(rows: unknown[], f: MenuFields): void {
  if (!rows.length) {
    return
  }
  const required: [keyof MenuFields, string][] = [
    ["id", f.id],
    ["name", f.name],
    ["price", f.price],
  ]
  for (const [option, field] of required) {
    if (!rows.some((r) => isRecord(r) && field in r)) {
      throw new MenuSchemaError(
        field,
        `getallmenu: DATA rows have no ${field} field (menuFields.${option} = "${field}")`
      )
    }
  }
}

export type ReadMenuResult = {
  fetched: number
  items: MenuItem[]
  invalid: ReportItem[]
  /** Every id the menu names, valid or not: the rest is missing. */
  seen_ids: string[]
}

/**
 * Reads and checks menu rows. Invalid rows and every copy of a duplicated id
 * are reported with the reason and left out; the rest is returned in order.
 */
export function readMenu(rows: unknown[], f: MenuFields): ReadMenuResult {
  checkMenuShape(rows, f)
  const checked = rows.map((row) => readRow(row, f))
  const positions = new Map<string, number[]>()
  checked.forEach((c, i) => {
    const id = "item" in c ? c.item.archidelivery_id : c.id
    if (id !== null) {
      positions.set(id, [...(positions.get(id) ?? []), i + 1])
    }
  })
  const items: MenuItem[] = []
  const invalid: ReportItem[] = []
  const report = (id: string | null, name: string | null, why: Reason) =>
    invalid.push({
      archidelivery_id: id,
      name,
      action: "invalid",
      product_id: null,
      ...why,
    })
  for (const c of checked) {
    if (!("item" in c)) {
      report(c.id, c.name, c.error)
      continue
    }
    const at = positions.get(c.item.archidelivery_id)!
    if (at.length > 1) {
      report(
        c.item.archidelivery_id,
        c.item.name,
        reason(
          "duplicate_id",
          { field: f.id, id: c.item.archidelivery_id, rows: at.join(", ") },
          `duplicate ${f.id} ${c.item.archidelivery_id} (rows ${at.join(", ")})`
        )
      )
      continue
    }
    items.push(c.item)
  }
  return {
    fetched: rows.length,
    items,
    invalid,
    seen_ids: [...positions.keys()],
  }
}

const WHY: Record<string, string> = {
  unreachable: "ArchiDelivery is unreachable",
  unknown_outcome: "ArchiDelivery gave no usable reply",
  rejected: "ArchiDelivery refused the request",
  invalid_reply: "ArchiDelivery's reply does not match the menu schema",
}

/**
 * What a run that could not read the menu records: what went wrong, then
 * the error's own words. Null for an error that is neither ArchiDelivery's
 * nor the menu's, which passes on as it is.
 */
export function menuReadFailure(e: unknown): string | null {
  if (isArchiDeliveryError(e)) {
    return `${WHY[e.kind] ?? "ArchiDelivery failed"}: ${e.message}`
  }
  if (e instanceof MenuSchemaError) {
    return `${WHY.invalid_reply}: ${e.message}`
  }
  return null
}
