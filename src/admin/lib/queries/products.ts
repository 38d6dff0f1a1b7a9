import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { get, post } from "../api"
import { queryKeys } from "../query-keys"
import type { Page, ProductLink } from "../types"

export type ProductQuery = Page & {
  approved?: boolean
  q?: string
  product_id?: string
}

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

const refreshProducts = (client: ReturnType<typeof useQueryClient>) =>
  Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.products() }),
    client.invalidateQueries({ queryKey: ["products"] }),
  ])

/** Makes menu rows one product with a variant per row. */
export const useMergeSizes = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (archideliveryIds: string[]) =>
      post<{ product_id: string; products: ProductLink[] }>("/products/merge", {
        archidelivery_ids: archideliveryIds,
      }),
    onSuccess: () => refreshProducts(client),
  })
}

/** Takes one row out of a product with sizes. */
export const useSplitSize = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (archideliveryId: string) =>
      post<{ product: ProductLink }>("/products/split", {
        archidelivery_id: archideliveryId,
      }),
    onSuccess: () => refreshProducts(client),
  })
}

export type LegacySizeGroup = {
  dish: string
  group: string | null
  rows: { archidelivery_id: string; product_id: string; size: string }[]
  product_id?: string | null
  error?: string | null
}

/** Groups products imported one per row; `dryRun` only previews. */
export const useRegroupSizes = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (dryRun: boolean) =>
      post<{ dry_run: boolean; groups: LegacySizeGroup[] }>(
        "/products/regroup",
        { dry_run: dryRun }
      ),
    onSuccess: (data) => (data.dry_run ? undefined : refreshProducts(client)),
  })
}
