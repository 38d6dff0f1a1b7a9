import { useMutation, useQueryClient } from "@tanstack/react-query"
import { post } from "../api"
import { queryKeys } from "../query-keys"
import type { ProductLink } from "../types"

/** How long an admin switches dishes off. */
export type SwitchOffUntil =
  | { mode: "time"; time: string }
  | { mode: "tomorrow" }
  | { mode: "indefinitely" }

/** Switch dishes off (with `until`) or back on (without); refreshes the product lists. */
export const useSwitchAvailability = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({
      archideliveryIds,
      until,
    }: {
      archideliveryIds: string[]
      until?: SwitchOffUntil
    }) =>
      post<{ products: ProductLink[] }>(
        until
          ? "/products/availability/switch-off"
          : "/products/availability/switch-on",
        until
          ? { archidelivery_ids: archideliveryIds, until }
          : { archidelivery_ids: archideliveryIds }
      ),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: queryKeys.products() }),
  })
}
