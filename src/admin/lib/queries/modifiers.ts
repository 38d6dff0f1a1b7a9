import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { del, get, post } from "../api"
import { queryKeys } from "../query-keys"

export type ModifierOption = {
  id: string
  name: string
  price: number
  modificator_id: number
  kind: 0 | 1
  kind1: 0 | 1
  ref: number
  default_quantity: number
  is_default: boolean
  sort: number
}

export type ModifierGroup = {
  id: string
  name: string
  min: number
  max: number
  sort: number
  options: ModifierOption[]
}

export type NewModifierGroup = Omit<ModifierGroup, "id" | "options"> & {
  options: Omit<ModifierOption, "id" | "sort">[]
}

const modifiers = () => [...queryKeys.all, "modifiers"] as const
const productKey = (productId: string) =>
  [...modifiers(), "product", productId] as const

export const useModifierGroups = () =>
  useQuery({
    queryKey: [...modifiers(), "groups"],
    queryFn: () =>
      get<{ modifier_groups: ModifierGroup[] }>("/modifier-groups", {
        limit: 500,
      }),
  })

export const useCreateModifierGroup = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (group: NewModifierGroup) =>
      post<{ modifier_group: ModifierGroup }>("/modifier-groups", group),
    onSuccess: () => client.invalidateQueries({ queryKey: modifiers() }),
  })
}

export const useDeleteModifierGroup = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => del(`/modifier-groups/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: modifiers() }),
  })
}

export const useProductModifierGroups = (productId: string) =>
  useQuery({
    queryKey: productKey(productId),
    queryFn: () =>
      get<{ modifier_groups: ModifierGroup[] }>(
        `/products/${productId}/modifier-groups`
      ),
  })

export const useSetProductModifierGroups = (productId: string) => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { add?: string[]; remove?: string[] }) =>
      post<{ modifier_groups: ModifierGroup[] }>(
        `/products/${productId}/modifier-groups`,
        body
      ),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: productKey(productId) }),
  })
}
