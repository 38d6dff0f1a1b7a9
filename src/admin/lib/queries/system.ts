import { useMutation, useQuery } from "@tanstack/react-query"
import type { ServerCheckReport } from "../../../lib/server-check/types"
import { get, post } from "../api"
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

/** Runs the read-only server check; a phone, when given, is looked up too. */
export const useServerCheck = () =>
  useMutation({
    mutationFn: async (phone?: string) =>
      (
        await post<{ server_check: ServerCheckReport }>(
          "/server-check",
          phone ? { phone } : {}
        )
      ).server_check,
  })
