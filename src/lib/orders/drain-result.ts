/** What one drain did, counted per order by the status it left the row in. */
export type DrainResult = {
  /** Rows claimed (sent, reconciled or given back). */
  attempted: number
  sent: number
  queued: number
  failed: number
  needs_review: number
}

export const emptyDrainResult = (): DrainResult => ({
  attempted: 0,
  sent: 0,
  queued: 0,
  failed: 0,
  needs_review: 0,
})

/**
 * The counts of a drain from the last status of each order it claimed. A
 * cancelled order, one given back or one whose claim was lost counts as
 * attempted only.
 */
export function tallyDrain(statuses: (string | null)[]): DrainResult {
  const result = emptyDrainResult()
  result.attempted = statuses.length
  for (const status of statuses) {
    if (status && status in result) {
      result[status as keyof DrainResult]++
    }
  }
  return result
}
