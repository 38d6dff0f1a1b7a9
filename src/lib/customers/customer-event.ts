/** The payload of Medusa's customer events: one customer or several. */
export type CustomerEvent = { id: string } | { id: string }[]

/** The customer ids an event names, empty or odd entries dropped. */
export function customerIdsOf(
  data: CustomerEvent | null | undefined
): string[] {
  return (Array.isArray(data) ? data : [data])
    .map((d) => d?.id)
    .filter((id): id is string => typeof id === "string" && !!id)
}
