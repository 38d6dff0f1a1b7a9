import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { get, post } from "../api"
import { queryKeys } from "../query-keys"
import type { Page, ProductLink } from "../types"

export type ProductQuery = Page & { approved?: boolean; q?: string }

type ProductList = {
  products: ProductLink[]
  count: number
  offset: number
  limit: number
}

export const useProductLinks = (
  query: ProductQuery,
  options: { enabled?: boolean } = {}
) =>
  useQuery({
    queryKey: queryKeys.productList(query),
    queryFn: () => get<ProductList>("/products", query),
    enabled: options.enabled ?? true,
  })

/** Approve or unapprove: both refresh our lists and the dashboard's products. */
export const useSetApproval = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({
      productIds,
      approved,
    }: {
      productIds: string[]
      approved: boolean
    }) =>
      post<{ products: ProductLink[] }>(
        approved ? "/products/approve" : "/products/unapprove",
        { product_ids: productIds }
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.products() }),
        client.invalidateQueries({ queryKey: ["products"] }),
      ]),
  })
}
