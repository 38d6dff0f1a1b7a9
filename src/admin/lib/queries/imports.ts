import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { get, post } from "../api"
import { queryKeys } from "../query-keys"
import type { Page, ProductImport } from "../types"

type ImportList = { product_imports: ProductImport[]; count: number }

// While a run is going the admin watches its progress bar move.
const RUNNING_POLL_MS = 1_000

export const useProductImports = (page: Page = {}) =>
  useQuery({
    queryKey: queryKeys.importList(page),
    queryFn: () => get<ImportList>("/product-imports", page),
    refetchInterval: (query) =>
      query.state.data?.product_imports.some((i) => i.status === "running")
        ? RUNNING_POLL_MS
        : false,
  })

export const useProductImport = (id: string | undefined) =>
  useQuery({
    queryKey: queryKeys.importDetail(id ?? ""),
    queryFn: () =>
      get<{ product_import: ProductImport }>(`/product-imports/${id}`),
    enabled: !!id,
    refetchInterval: (query) =>
      query.state.data?.product_import.status === "running"
        ? RUNNING_POLL_MS
        : false,
  })

export const useStartImport = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () =>
      post<{ product_import: Pick<ProductImport, "id" | "status"> }>(
        "/product-imports"
      ),
    // A 409 means a run is already going: refreshing shows that run too.
    onSettled: () =>
      client.invalidateQueries({ queryKey: queryKeys.imports() }),
  })
}
