import { useMutation, useQuery } from "@tanstack/react-query"
import { get, post } from "../api"
import { queryKeys } from "../query-keys"
import type { AdminZone, ZoneTestResult } from "../zones"

export type ZonesReply = {
  zones: AdminZone[]
  count: number
  flat: { fee: number; free_from: number | null; min_order_amount: number }
}

// Zones come from the options and change only with a restart.
export const useZones = () =>
  useQuery({
    queryKey: [...queryKeys.all, "zones"] as const,
    queryFn: () => get<ZonesReply>("/zones"),
    staleTime: 5 * 60_000,
  })

export type ZoneTestBody = {
  lat?: number
  lng?: number
  city?: string
  postal_code?: string
}

export const useZoneTest = () =>
  useMutation({
    mutationFn: (body: ZoneTestBody) =>
      post<ZoneTestResult>("/zones/test", body),
  })
