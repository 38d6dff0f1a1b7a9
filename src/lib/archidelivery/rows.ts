/**
 * DATA comes as a list, as an object keyed "1","2",… (A2's server), as a
 * single record, or empty. These turn it into what each method returns.
 */
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v)

const NUMERIC_KEY = /^\d+$/

/** True for a non-empty object whose keys are all "1", "2", … */
export function isKeyedList(v: unknown): v is Record<string, unknown> {
  if (!isPlainObject(v)) {
    return false
  }
  const keys = Object.keys(v)
  return keys.length > 0 && keys.every((k) => NUMERIC_KEY.test(k))
}

/** The keys of a keyed list in numeric order. */
export const keyedOrder = (v: Record<string, unknown>) =>
  Object.keys(v).sort((a, b) => Number(a) - Number(b))

/** null, "", {} and [] all mean "nothing" in DATA. */
export const isEmptyData = (v: unknown) =>
  v === null ||
  v === undefined ||
  v === "" ||
  (Array.isArray(v) && v.length === 0) ||
  (isPlainObject(v) && Object.keys(v).length === 0)

/**
 * A list of rows: [] for empty DATA, a keyed object in key order, a single
 * record as a one-row list. Anything else is returned as is, for the schema
 * to reject.
 */
export function toRows(data: unknown): unknown {
  if (isEmptyData(data)) {
    return []
  }
  if (Array.isArray(data)) {
    return data
  }
  if (isKeyedList(data)) {
    return keyedOrder(data).map((k) => data[k])
  }
  return isPlainObject(data) ? [data] : data
}

/**
 * One record: null for empty DATA, the object itself, or the only row of a
 * one-row list. Several rows are returned as the list, for the caller to reject.
 */
export function toRecord(data: unknown): unknown {
  const list = Array.isArray(data) || isKeyedList(data) ? toRows(data) : data
  if (isEmptyData(list)) {
    return null
  }
  if (Array.isArray(list) && list.length === 1) {
    return list[0]
  }
  return list
}
