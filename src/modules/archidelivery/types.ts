import type { InferTypeOf } from "@medusajs/framework/types"
import type { ClientLink, CLIENT_LINK_STATUSES } from "./models/client-link"
import type { LookupProof } from "./models/lookup-proof"
import type { OrderAttempt } from "./models/order-attempt"
import type { OrderSync, ORDER_SYNC_STATUSES } from "./models/order-sync"
import type {
  ProductImport,
  PRODUCT_IMPORT_STATUSES,
} from "./models/product-import"
import type { ProductLink } from "./models/product-link"
import type { ModifierGroup } from "./models/modifier-group"
import type { ModifierOption } from "./models/modifier-option"
import type { ProductModifierGroup } from "./models/product-modifier-group"

export type OrderSyncStatus = (typeof ORDER_SYNC_STATUSES)[number]
export type ClientLinkStatus = (typeof CLIENT_LINK_STATUSES)[number]
export type ProductImportStatus = (typeof PRODUCT_IMPORT_STATUSES)[number]

/**
 * A row as the module's methods return it: the model's columns, without the
 * relations (loaded only on request) and the `raw_*` twins that the inferred
 * type adds for every number column.
 */
type Row<T> = Omit<T, `raw_${string}`>

/** A row of `archidelivery_order_sync`, as the queue methods return it. */
export type OrderSyncDTO = Row<
  Omit<InferTypeOf<typeof OrderSync>, "attempts_log">
>

/** A row of `archidelivery_order_attempt`: one try at pushing an order. */
export type OrderAttemptDTO = Row<
  Omit<InferTypeOf<typeof OrderAttempt>, "order_sync">
>

/** A row of `archidelivery_client_link`, as the claim methods return it. */
export type ClientLinkDTO = Row<
  Omit<InferTypeOf<typeof ClientLink>, "candidates">
> & {
  /** The clients sharing the phone: a JSON list, where a json column infers as an object. */
  candidates: unknown
}

/** A row of `archidelivery_product_link`: one menu row and its product. */
export type ProductLinkDTO = Row<InferTypeOf<typeof ProductLink>>

/** A row of `archidelivery_product_import`: one menu import and its report. */
export type ProductImportDTO = Row<InferTypeOf<typeof ProductImport>>

/** A row of `archidelivery_lookup_proof`: whether the lookup finds our orders. */
export type LookupProofDTO = Row<InferTypeOf<typeof LookupProof>>

/** A row of `archidelivery_modifier_group`, without its relations. */
export type ModifierGroupDTO = Row<
  Omit<InferTypeOf<typeof ModifierGroup>, "options" | "products">
>

/** A row of `archidelivery_modifier_option`: one choice of a group. */
export type ModifierOptionDTO = Row<
  Omit<InferTypeOf<typeof ModifierOption>, "group">
> & { group_id: string }

/** A row of `archidelivery_product_modifier_group`: a group offered with a product. */
export type ProductModifierGroupDTO = Row<
  Omit<InferTypeOf<typeof ProductModifierGroup>, "group">
> & { group_id: string }

export type EnqueueOrderSyncInput = {
  order_id: string
  display_id?: number | null
  /** The order's point (kitchen): its zone's or its pickup point. */
  point_id?: string | null
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
