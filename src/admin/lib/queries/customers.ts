import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { del, get, post } from "../api"
import { queryKeys } from "../query-keys"
import type { CustomerLink, LinkAllProgress, Page } from "../types"

type CustomerLinkList = {
  customer_links: CustomerLink[]
  count: number
  offset: number
  limit: number
}

const PENDING_POLL_MS = 2_000

export const useCustomerLink = (customerId: string) =>
  useQuery({
    queryKey: queryKeys.customerDetail(customerId),
    queryFn: async () =>
      (await get<{ customer_link: CustomerLink }>(`/customers/${customerId}`))
        .customer_link,
    refetchInterval: (query) =>
      query.state.data?.status === "pending" ? PENDING_POLL_MS : false,
  })

export const useCustomerLinks = (
  query: Page & { ambiguous?: boolean; status?: string }
) =>
  useQuery({
    queryKey: queryKeys.customerList(query),
    queryFn: () => get<CustomerLinkList>("/customers", query),
  })

export const useLinkAllProgress = () =>
  useQuery({
    queryKey: queryKeys.linkAll(),
    queryFn: () => get<Record<string, unknown>>("/customers/link-all"),
    select: readProgress,
    refetchInterval: (query) => {
      const progress = readProgress(query.state.data)
      return progress && progress.pending > 0 ? PENDING_POLL_MS : false
    },
  })

/** The route may wrap the counts in a top-level key or not. */
function readProgress(
  data: Record<string, unknown> | undefined
): LinkAllProgress | null {
  if (!data) {
    return null
  }
  const inner = Object.values(data).find(
    (v): v is LinkAllProgress =>
      !!v && typeof v === "object" && "total" in (v as object)
  )
  const progress = inner ?? (data as unknown as LinkAllProgress)
  return typeof progress.total === "number" ? progress : null
}

const useRefreshCustomers = () => {
  const client = useQueryClient()
  return () => client.invalidateQueries({ queryKey: queryKeys.customers() })
}

type LinkReply = { customer_link: CustomerLink }

/** One customer's link route, called with `send`; every customer view is refreshed after. */
const useLinkRoute = (send: (path: string) => Promise<LinkReply>) => {
  const refresh = useRefreshCustomers()
  return useMutation({
    mutationFn: (customerId: string) => send(`/customers/${customerId}/link`),
    onSettled: refresh,
  })
}

export const useRelinkCustomer = () =>
  useLinkRoute((path) => post<LinkReply>(path))

export const useUnlinkCustomer = () =>
  useLinkRoute((path) => del<LinkReply>(path))

export const useLinkAll = () => {
  const refresh = useRefreshCustomers()
  return useMutation({
    mutationFn: () =>
      post<{ customer_link_run: { total: number } }>("/customers/link-all"),
    onSettled: refresh,
  })
}
