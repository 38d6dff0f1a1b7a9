import type { ORDER_SYNC_STATUSES } from "./models/order-sync"
import type { CLIENT_LINK_STATUSES } from "./models/client-link"
import type { PRODUCT_IMPORT_STATUSES } from "./models/product-import"

export type OrderSyncStatus = (typeof ORDER_SYNC_STATUSES)[number]
export type ClientLinkStatus = (typeof CLIENT_LINK_STATUSES)[number]
export type ProductImportStatus = (typeof PRODUCT_IMPORT_STATUSES)[number]

type Timestamps = {
  created_at: Date
  updated_at: Date
  deleted_at: Date | null
}

/** A row of `archidelivery_order_sync`, as the queue methods return it. */
export type OrderSyncDTO = Timestamps & {
  id: string
  order_id: string
  display_id: number | null
  status: OrderSyncStatus
  attempts: number
  next_attempt_at: Date | null
  lease_until: Date | null
  lease_owner: string | null
  /** New on every claim; completing or releasing the claim needs it. */
  claim_token: string | null
  reconcile: boolean
  archidelivery_order_id: string | null
  /** Another row holds the same ArchiDelivery id (ids handed out again). */
  archidelivery_id_reused: boolean
  archidelivery_status: number | null
  archidelivery_status_label: string | null
  archidelivery_status_at: Date | null
  status_final: boolean
  fulfilment_status: number | null
  sent_at: Date | null
  last_error: string | null
  last_error_kind: string | null
  cancelled_at: Date | null
}

/** A row of `archidelivery_client_link`, as the claim methods return it. */
export type ClientLinkDTO = Timestamps & {
  id: string
  customer_id: string
  archidelivery_client_id: string | null
  phone: string | null
  status: ClientLinkStatus
  linked_by: string | null
  linked_at: Date | null
  ambiguous: boolean
  candidates: unknown
  attempts: number
  next_attempt_at: Date | null
  lease_until: Date | null
  lease_owner: string | null
  last_error: string | null
}

export type EnqueueOrderSyncInput = {
  order_id: string
  display_id?: number | null
}

export type ClaimInput = {
  /** Most rows returned by one claim. */
  limit: number
  /** How long the claim holds before another worker may take the row. */
  leaseSeconds: number
  /** Who claims (e.g. `<host>:<pid>:<run id>`); completion checks it. */
  owner: string
}

export type ClaimOrderSyncsInput = ClaimInput & {
  /** Only these orders (e.g. the one just placed). */
  orderIds?: string[]
}

export type ClaimClientLinksInput = Omit<ClaimInput, "leaseSeconds"> & {
  leaseSeconds?: number
}

/** Fields a worker writes when it finishes a claimed order. */
export type OrderSyncClaimPatch = {
  /** Where the row goes next; a claim never ends in `sending`. */
  status: Exclude<OrderSyncStatus, "sending">
} & Partial<
  Pick<
    OrderSyncDTO,
    | "next_attempt_at"
    | "reconcile"
    | "archidelivery_order_id"
    | "archidelivery_status"
    | "archidelivery_status_label"
    | "archidelivery_status_at"
    | "status_final"
    | "sent_at"
    | "cancelled_at"
    | "last_error"
    | "last_error_kind"
  >
>

/** Fields a worker writes when it finishes a claimed client link. */
export type ClientLinkClaimPatch = Partial<
  Pick<
    ClientLinkDTO,
    | "status"
    | "archidelivery_client_id"
    | "phone"
    | "linked_by"
    | "linked_at"
    | "ambiguous"
    | "candidates"
    | "next_attempt_at"
    | "last_error"
  >
>

/** Every column `setClientLink` may write: a claim's patch, the attempts and the lease. */
export type ClientLinkValues = ClientLinkClaimPatch &
  Partial<Pick<ClientLinkDTO, "attempts" | "lease_until" | "lease_owner">>

/** One attempt to log with recordOrderSyncOutcome: no headers, no host. */
export type OrderAttemptInput = {
  outcome: string
  message?: string | null
  /** method, decoded params and query */
  request?: Record<string, unknown> | null
  reply?: string | null
  http_status?: number | null
  duration_ms?: number | null
  /** Sent as it was but for a person to check, by code. */
  warnings?: { code: string; value: string }[] | null
}
