import { useQuery } from "@tanstack/react-query"
import { get } from "../api"
import { queryKeys } from "../query-keys"
import type { Health, PluginConfig } from "../types"

export const useHealth = () =>
  useQuery({
    queryKey: queryKeys.health(),
    queryFn: async () => (await get<{ health: Health }>("/health")).health,
    refetchInterval: 30_000,
  })

// Options only change with a restart of the server.
export const useConfig = () =>
  useQuery({
    queryKey: queryKeys.config(),
    queryFn: async () =>
      (await get<{ config: PluginConfig }>("/config")).config,
    staleTime: 5 * 60_000,
  })
