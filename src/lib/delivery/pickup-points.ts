import type { Row } from "../archidelivery"

/** An ArchiDelivery point a customer can collect an order from. */
export interface PickupPoint {
  id: string
  name: string
  address?: string
}

/** A string trimmed or a number as written; "" for anything else (ids come either way). */
export const scalarText = (v: unknown) =>
  typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : ""

/** `getallpoint` rows to points; rows without an ID are skipped, a missing name falls back to the id. */
export function pointsFromRows(rows: readonly Row[]): PickupPoint[] {
  const points: PickupPoint[] = []
  for (const row of rows) {
    const id = scalarText(row.ID ?? row.id)
    if (!id) {
      continue
    }
    const address = scalarText(row.ADDRESS ?? row.address)
    points.push({
      id,
      name: scalarText(row.NAME ?? row.name) || `#${id}`,
      ...(address ? { address } : {}),
    })
  }
  return points
}

/**
 * True when a pickup at `pointId` may stand. Without any list (offline, none
 * configured) the point stands as the admin chose it: checkout must not
 * depend on the back office answering.
 */
export function isOfferedPoint(
  points: readonly PickupPoint[],
  pointId: string
): boolean {
  return !points.length || points.some((p) => p.id === pointId)
}
