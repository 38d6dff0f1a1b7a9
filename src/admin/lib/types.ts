// Replies of the plugin's admin API (the README's admin API). Dates
// arrive as ISO strings; fields other engineers may add later are optional.

export type Health = {
  reachable: boolean
  version: string | null
  latency_ms: number | null
  checked_at: string
  error?: string | null
  last_success_at?: string | null
  /** The drain lock's provider, as this server last saw it. */
  locking?: { ok: boolean; error: string | null; at: string | null }
  /** Whether reconciliation's lookup has been seen to find an order we sent. */
  lookup?: {
    proven: boolean
    proven_at: string | null
    checked_at: string | null
    reason: string | null
  }
}

export type ImportStatus = "running" | "completed" | "failed"

export type ImportTotals = {
  fetched: number
  created: number
  updated: number
  unchanged: number
  skipped_unapproved: number
  invalid: number
  missing: number
}

export type ImportItem = {
  archidelivery_id: string | null
  name: string | null
  action: string
  product_id: string | null
  message: string | null
  /** The reason as a code the admin words (newer servers). */
  code?: string | null
  params?: Record<string, string | number> | null
}

/** One reason an order cannot be sent, as a code the admin words. */
export type OrderProblem = {
  code: string
  params: Record<string, string | number>
}

export type ProductImport = {
  id: string
  status: ImportStatus
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
}

export type OrderSyncStatus =
  "queued" | "sending" | "sent" | "failed" | "needs_review" | "cancelled"

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

export type DrainResult = {
  attempted: number
  sent: number
  queued: number
  failed: number
  needs_review: number
}

export type ClientAddress = {
  city?: string | null
  street?: string | null
  house?: string | null
  flat?: string | null
  storey?: string | null
  entrance?: string | null
}

export type ClientData = {
  id?: string | null
  name?: string | null
  phone?: string | null
  email?: string | null
  address?: ClientAddress | string | null
}

export type CustomerLinkStatus = "linked" | "pending" | "failed" | "unlinked"

export type CustomerLink = {
  customer_id: string
  archidelivery_client_id: string | null
  phone: string | null
  linked_by: string | null
  linked_at: string | null
  ambiguous: boolean
  candidates?: unknown
  client?: ClientData | null
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
export type PluginConfig = {
  url: string
  encoding: string
  replyCharset: "auto" | "utf8" | "cp1251"
  connectTimeoutMs: number
  replyTimeoutMs: number
  headers: string[]
  pointId?: string
  cityName?: string
  currency: string
  menuFields: Record<string, string>
  orderItemFormat: string
  paymentTypes: Record<string, string>
  onlinePaymentProviders: string[]
  orderTypes: { delivery: string; pickup: string }
  phone: { format: string; defaultCountry: string; template?: string }
  doorphone: string
  queue: {
    batchSize: number
    concurrency: number
    pushOnPlace: boolean
    jobsEnabled: boolean
    leaseSeconds: number
    maxBackoffSeconds: number
    statusBatchSize: number
    sweepWindowHours: number
    sweepBatchSize: number
  }
  delivery: {
    fee: number
    freeFrom?: number
    minOrderAmount: number
    points: { id: string; name: string; address?: string }[]
  }
  status: { shipped: number[]; delivered: number[]; final: number[] }
}

export type Page = { offset?: number; limit?: number }
