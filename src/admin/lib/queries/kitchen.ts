import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { get, post } from "../api"
import { queryKeys } from "../query-keys"

export type KitchenStateValue = "online" | "busy" | "paused"

export type KitchenOpening = { open: string; close: string }

export type KitchenPoint = {
  id: string
  name: string | null
  hours: {
    weekly: Partial<Record<string, KitchenOpening[]>>
    exceptions: { date: string; hours: KitchenOpening[]; note?: string }[]
  } | null
  hours_source: "settings" | "options" | null
  point_state: {
    state: KitchenStateValue
    delay_minutes: number
    until: string | null
  } | null
  kitchen: {
    state: KitchenStateValue | "offline"
    delay_minutes: number
    until: string | null
    offline_since: string | null
  }
}

export type KitchenPoints = {
  time_zone: string
  outage: {
    started_at: string
    last_error: string | null
    offline: boolean
  } | null
  points: KitchenPoint[]
}

const kitchenKey = () => [...queryKeys.all, "kitchen"] as const

export const useKitchenPoints = () =>
  useQuery({
    queryKey: kitchenKey(),
    queryFn: () => get<KitchenPoints>("/points"),
    refetchInterval: 30_000,
  })

export const useSetPointState = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: {
      point_id: string
      state: KitchenStateValue
      delay_minutes?: number
      until?: string | null
    }) => {
      const { point_id, ...body } = input
      return post<{ point_state: unknown }>(
        `/points/${encodeURIComponent(point_id)}/state`,
        body
      )
    },
    onSuccess: () => client.invalidateQueries({ queryKey: kitchenKey() }),
  })
}

/** Opening hours set in the admin; null = back to the options' hours. */
export const useSetPointHours = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { point_id: string; hours: unknown }) =>
      post<{ point: KitchenPoint }>(
        `/points/${encodeURIComponent(input.point_id)}/hours`,
        { hours: input.hours }
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: kitchenKey() }),
  })
}
