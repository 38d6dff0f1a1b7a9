// One prefix for everything the plugin caches, so a mutation can refresh
// exactly the views it affects.
const root = ["archidelivery"] as const

export const queryKeys = {
  all: root,
  health: () => [...root, "health"] as const,
  config: () => [...root, "config"] as const,
  imports: () => [...root, "imports"] as const,
  importList: (query: object) => [...root, "imports", "list", query] as const,
  importDetail: (id: string) => [...root, "imports", "detail", id] as const,
  products: () => [...root, "products"] as const,
  productList: (query: object) => [...root, "products", "list", query] as const,
  orders: () => [...root, "orders"] as const,
  orderList: (query: object) => [...root, "orders", "list", query] as const,
  orderDetail: (id: string) => [...root, "orders", "detail", id] as const,
  orderCounts: () => [...root, "orders", "stats"] as const,
  customers: () => [...root, "customers"] as const,
  customerList: (query: object) =>
    [...root, "customers", "list", query] as const,
  customerDetail: (id: string) => [...root, "customers", "detail", id] as const,
  linkAll: () => [...root, "customers", "link-all"] as const,
}
