/**
 * The first ArchiDelivery order id found in the given places (additional
 * data, fulfillment metadata, order metadata, fulfillment data), as a string.
 */
export function archideliveryOrderIdFrom(
  ...sources: (Record<string, unknown> | null | undefined)[]
): string | null {
  for (const source of sources) {
    const value = source?.archidelivery_order_id
    const id =
      typeof value === "string"
        ? value.trim()
        : typeof value === "number"
          ? String(value)
          : ""
    if (id) {
      return id
    }
  }
  return null
}
