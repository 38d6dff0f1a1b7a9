import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { get, post, statusOf } from "../api"
import { queryKeys } from "../query-keys"
import type {
  DrainResult,
  OrderCounts,
  OrderSync,
  OrderSyncStatus,
  Page,
} from "../types"

type OrderList = {
  order_syncs: OrderSync[]
  count: number
  offset: number
  limit: number
}

// Queued orders usually go out within seconds (push on place).
const MOVING_POLL_MS = 2_000
const STATS_POLL_MS = 10_000

const isMoving = (status?: OrderSyncStatus) =>
  status === "queued" || status === "sending"

/** The order's queue row, or null when it was never queued. */
export const useOrderSync = (orderId: string) =>
  useQuery({
    queryKey: queryKeys.orderDetail(orderId),
    queryFn: async () => {
      try {
        return (await get<{ order_sync: OrderSync }>(`/orders/${orderId}`))
          .order_sync
      } catch (e) {
        if (statusOf(e) === 404) {
          return null
        }
        throw e
      }
    },
    refetchInterval: (query) =>
      isMoving(query.state.data?.status) ? MOVING_POLL_MS : false,
  })

export const useOrderSyncs = (
  query: Page & { status?: OrderSyncStatus; cancelled?: boolean }
) =>
  useQuery({
    queryKey: queryKeys.orderList(query),
    queryFn: () => get<OrderList>("/orders", query),
  })

export const useOrderCounts = () =>
  useQuery({
    queryKey: queryKeys.orderCounts(),
    queryFn: async () =>
      (await get<{ counts: OrderCounts }>("/orders/stats")).counts,
    refetchInterval: STATS_POLL_MS,
  })

const useRefreshOrders = () => {
  const client = useQueryClient()
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.orders() }),
      // The order page shows ArchiDelivery's id in the order's own data too.
      client.invalidateQueries({ queryKey: ["orders"] }),
    ])
}

export const useRetryOrders = () => {
  const refresh = useRefreshOrders()
  return useMutation({
    // The API retries one order at a time; a bulk retry reports each one.
    mutationFn: async (orderIds: string[]) => {
      const results = await Promise.allSettled(
        orderIds.map((id) =>
          post<{ order_sync: OrderSync }>(`/orders/${id}/retry`)
        )
      )
      const failed = results.filter((r) => r.status === "rejected")
      if (failed.length === orderIds.length && failed.length) {
        throw (failed[0] as PromiseRejectedResult).reason
      }
      // An admin who pressed Retry expects the kitchen to get it now, not at
      // the next minute job; a busy or failed drain leaves that job to it.
      await post("/orders/sync").catch(() => undefined)
      return { retried: orderIds.length - failed.length, failed: failed.length }
    },
    onSettled: refresh,
  })
}

export const useResolveOrder = () => {
  const refresh = useRefreshOrders()
  return useMutation({
    mutationFn: ({
      orderId,
      archideliveryOrderId,
    }: {
      orderId: string
      archideliveryOrderId: string
    }) =>
      post<{ order_sync: OrderSync }>(`/orders/${orderId}/resolve`, {
        archidelivery_order_id: archideliveryOrderId,
      }),
    onSuccess: refresh,
  })
}

export const useSyncNow = () => {
  const refresh = useRefreshOrders()
  return useMutation({
    mutationFn: async () =>
      (await post<{ result: DrainResult }>("/orders/sync")).result,
    onSettled: refresh,
  })
}
