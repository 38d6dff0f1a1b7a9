// Replies of the plugin's admin API (the README's admin API). Types that are
// the server's own come from its code, as types only (Vite drops them, so no
// server module reaches the browser). The rest describe JSON as the admin
// reads it: dates arrive as ISO strings; fields other engineers may add later
// are optional.
import type { ClientSummary } from "../../lib/customers/client-data"
import type { ImportTotals } from "../../lib/menu/report"
import type { CodeParams } from "../../lib/shared/admin-codes"
import type { describeOptions } from "../../lib/shared/options"
import type {
  ClientLinkStatus,
  OrderSyncStatus,
  ProductImportStatus,
} from "../../modules/archidelivery/types"
import type { LockingHealth } from "../../lib/shared/locks"

export type { ImportTotals, OrderSyncStatus, ProductImportStatus }

export type Health = {
  reachable: boolean
  version: string | null
  latency_ms: number | null
  checked_at: string
  error?: string | null
  last_success_at?: string | null
  /** The drain lock's provider, as this server last saw it. */
  locking?: LockingHealth
  /** Whether reconciliation's lookup has been seen to find an order we sent. */
  lookup?: {
    proven: boolean
    proven_at: string | null
    checked_at: string | null
    reason: string | null
  }
}

export type ImportItem = {
  archidelivery_id: string | null
  name: string | null
  action: string
  product_id: string | null
  message: string | null
  /** The reason as a code the admin words (newer servers). */
  code?: string | null
  params?: CodeParams | null
}

/** One reason an order cannot be sent, as a code the admin words. */
export type OrderProblem = {
  code: string
  params: CodeParams
}

export type ProductImport = {
  id: string
  status: ProductImportStatus
  progress?: { done: number; total: number }
  totals?: ImportTotals | null
  items?: ImportItem[] | null
  error?: string | null
  started_at?: string | null
  finished_at?: string | null
}

export type ProductLink = {
  product_id: string
  archidelivery_id: string
  approved: boolean
  approved_at: string | null
  name: string | null
  price: number | string | null
  weight: number | null
  imported_at: string | null
  missing: boolean
  /** The size's label when the row is a size of a dish (rows sharing product_id). */
  size?: string | null
  variant_id?: string | null
  /** ArchiDelivery's active flag as last read. */
  menu_active?: boolean
  /** An admin's switch-off that still holds, and when it ends (null: not by itself). */
  admin_unavailable?: boolean
  unavailable_until?: string | null
}

export type OrderAttempt = {
  id: string
  outcome: string
  message: string | null
  problems?: OrderProblem[] | null
  request: unknown
  reply: string | null
  http_status?: number | null
  duration_ms?: number | null
  /** Sent as it was but for a person to check, by code. */
  warnings?: { code: string; value: string }[] | null
  created_at: string
}

export type OrderSync = {
  order_id: string
  display_id: number | null
  /** The order's ArchiDelivery point (kitchen): its zone's or its pickup point. */
  point_id?: string | null
  status: OrderSyncStatus
  attempts: number
  next_attempt_at: string | null
  archidelivery_order_id: string | null
  /** Another order holds the same ArchiDelivery id (ids handed out again). */
  archidelivery_id_reused?: boolean
  archidelivery_status: number | null
  archidelivery_status_label?: string | null
  last_error: string | null
  last_error_kind?: string | null
  cancelled_at?: string | null
  last_error_problems?: OrderProblem[] | null
  updated_at?: string
  attempts_log?: OrderAttempt[]
}

export type OrderCounts = Record<OrderSyncStatus, number>

export type { DrainResult } from "../../lib/orders/drain-result"

export type ClientAddress = ClientSummary["address"]

/** A link row's status; a customer without a row reads as `unlinked`. */
export type CustomerLinkStatus = ClientLinkStatus | "unlinked"

export type CustomerLink = {
  customer_id: string
  archidelivery_client_id: string | null
  phone: string | null
  linked_by: string | null
  linked_at: string | null
  ambiguous: boolean
  candidates?: unknown
  client?: ClientSummary | null
  client_error?: string | null
  shared_with?: string[]
  status: CustomerLinkStatus
  last_error: string | null
  customer?: {
    id: string
    email?: string | null
    first_name?: string | null
    last_name?: string | null
    phone?: string | null
  } | null
}

export type LinkAllProgress = {
  total: number
  linked: number
  pending: number
  failed: number
  ambiguous: number
}

/** The options as the config route shows them: header names only. */
export type PluginConfig = ReturnType<typeof describeOptions>

export type Page = { offset?: number; limit?: number }
