import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { codedError } from "../../../../lib/shared/admin-codes"
import { readOrderProblems } from "../../../../lib/orders/order-problems"
import { archiDeliveryService } from "../../../../modules/archidelivery"
import type {
  OrderAttemptDTO,
  OrderSyncDTO,
} from "../../../../modules/archidelivery/types"

/** Why an order could not be sent, as codes the admin translates (the message stays for logs). */
const problemsOf = (kind: string | null, message: string | null) =>
  kind === "invalid_data" ? readOrderProblems(message) : null

/** One queue row as the admin API shows it (the documented fields first). */
export function serializeOrderSync(row: OrderSyncDTO) {
  return {
    order_id: row.order_id,
    display_id: row.display_id,
    point_id: row.point_id,
    status: row.status,
    attempts: row.attempts,
    next_attempt_at: row.next_attempt_at,
    archidelivery_order_id: row.archidelivery_order_id,
    archidelivery_status: row.archidelivery_status,
    last_error: row.last_error,
    id: row.id,
    last_error_problems: problemsOf(row.last_error_kind, row.last_error),
    last_error_kind: row.last_error_kind,
    reconcile: row.reconcile,
    archidelivery_id_reused: row.archidelivery_id_reused,
    archidelivery_status_label: row.archidelivery_status_label,
    archidelivery_status_at: row.archidelivery_status_at,
    status_final: row.status_final,
    sent_at: row.sent_at,
    cancelled_at: row.cancelled_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}

export function serializeAttempt(a: OrderAttemptDTO) {
  return {
    id: a.id,
    outcome: a.outcome,
    message: a.message,
    problems: problemsOf(a.outcome, a.message),
    request: a.request,
    reply: a.reply,
    http_status: a.http_status,
    duration_ms: a.duration_ms,
    warnings: a.warnings ?? null,
    created_at: a.created_at,
  }
}

/** The queue row of an order with its attempts newest first; 404 when never queued. */
export async function retrieveOrderSyncDetail(
  scope: MedusaContainer,
  orderId: string
) {
  const service = archiDeliveryService(scope)
  const [row] = await service.listOrderSyncs({ order_id: orderId })
  if (!row) {
    throw codedError(
      MedusaError.Types.NOT_FOUND,
      "order_not_queued",
      { order_id: orderId },
      `order_id: no ArchiDelivery queue entry for order ${orderId}`
    )
  }
  const attempts = await service.listOrderAttempts(
    { order_sync_id: row.id },
    { order: { created_at: "DESC", id: "DESC" }, take: 200 }
  )
  return {
    ...serializeOrderSync(row),
    attempts_log: attempts.map(serializeAttempt),
  }
}
