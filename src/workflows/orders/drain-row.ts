import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { attemptFrom } from "../../lib/orders/attempts"
import { toClaimed, type ClaimedOrderSync } from "../../lib/orders/claim"
import { orderPhone } from "../../lib/orders/order-payload"
import { doubtfulOutcome } from "../../lib/orders/outcomes"
import { nextAttemptAt } from "../../lib/orders/queue-policy"
import { errorMessage } from "../../lib/shared/error-message"
import { archiDeliveryService } from "../../modules/archidelivery"
import type { ClaimedRow } from "./drain-claims"
import { pushOrderWorkflow } from "./push-order"
import { reconcileOrderWorkflow } from "./reconcile-order"
import { recordOrderOutcomeWorkflow } from "./record-order-outcome"
import type { CompletedOrderClaim } from "./steps/complete-order-claim"

type RowStatus = CompletedOrderClaim["status"]

/**
 * Runs one claimed row through pushOrderWorkflow, or reconcileOrderWorkflow
 * when it is marked for reconciliation (a doubtful send or a lost lease).
 * Returns the status the row was left in.
 */
export async function processClaimedRow(
  container: MedusaContainer,
  { row, claimedAt, data }: ClaimedRow
): Promise<RowStatus> {
  const { defaultCountry } = archiDeliveryService(container).getOptions().phone
  const order_sync = toClaimed(row)
  try {
    if (row.reconcile) {
      const phone = data.order
        ? orderPhone(data.order, defaultCountry).e164
        : null
      const { result } = await reconcileOrderWorkflow(container).run({
        input: { order_sync, phone },
      })
      return result.status
    }
    const { result } = await pushOrderWorkflow(container).run({
      input: { order_sync, claimed_at: claimedAt, ...data },
    })
    return result.status
  } catch (e) {
    return parkAfterInternalError(container, order_sync, e)
  }
}

/**
 * The push broke in our own code or database: the request may have gone
 * out, so the row waits for reconciliation, never for a blind resend.
 */
async function parkAfterInternalError(
  container: MedusaContainer,
  order_sync: ClaimedOrderSync,
  error: unknown
): Promise<RowStatus> {
  const message = `internal error: ${errorMessage(error)}`
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .error(`archidelivery: order ${order_sync.order_id}: ${message}`)
  try {
    const { queue } = archiDeliveryService(container).getOptions()
    const next = nextAttemptAt(order_sync.attempts, queue).toISOString()
    const { result } = await recordOrderOutcomeWorkflow(container).run({
      input: {
        order_sync,
        outcome: doubtfulOutcome("internal_error", message, next, [
          attemptFrom("internal_error", message),
        ]),
      },
    })
    return result.status
  } catch {
    // The lease runs out and the next drain reconciles the row.
    return "sending"
  }
}
