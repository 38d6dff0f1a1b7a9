/**
 * ArchiDelivery's order status codes (`ORDERSTATUS`) as public sources name
 * them (A2 comments, A3 chart labels). No cancelled code was ever observed,
 * so any other code is stored and shown as it came, never rejected.
 */
export const ORDER_STATUS_LABELS: Readonly<Record<number, string | null>> = {
  12: "from the website",
  2: "accepted",
  // Seen in the wild without a label.
  3: null,
  4: "in progress",
  5: "assembled",
  6: "out for delivery",
  7: "delivered/completed",
  9: "delivered",
}

/** Every known code, in the kitchen's usual order; reconciliation searches them all. */
export const KNOWN_ORDER_STATUSES: readonly number[] = [12, 2, 3, 4, 5, 6, 7, 9]

/** The label of a code, or null for 3 and for codes nobody has named. */
export function orderStatusLabel(
  code: number | null | undefined
): string | null {
  if (code === null || code === undefined) {
    return null
  }
  return ORDER_STATUS_LABELS[code] ?? null
}

/**
 * Reads ORDERSTATUS as a whole number ("6", 6, " 6 "); null when the value
 * is not one, so a strange reply is kept out of the numeric column.
 */
export function parseOrderStatus(value: unknown): number | null {
  const text =
    typeof value === "number"
      ? String(value)
      : typeof value === "string"
        ? value.trim()
        : ""
  return /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text))
    ? Number(text)
    : null
}

/** Whether polling can stop: the code is one of `options.status.final`. */
export function isFinalOrderStatus(
  code: number | null,
  finalCodes: readonly number[]
): boolean {
  return code !== null && finalCodes.includes(code)
}
