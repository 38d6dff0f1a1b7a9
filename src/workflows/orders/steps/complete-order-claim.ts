import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type {
  OrderSyncClaimPatch,
  OrderSyncDTO,
} from "../../../modules/archidelivery/types"
import type { ClaimedOrderSync } from "../../../lib/orders/claim"
import { patchWithDates, type ClaimOutcome } from "../../../lib/orders/outcomes"

export type CompleteOrderClaimInput = {
  /** The claimed row; its `claim_token` must still be the row's. */
  order_sync: ClaimedOrderSync
  outcome: ClaimOutcome
}

export type CompletedOrderClaim = {
  order_id: string
  /** The row's status now; null when another worker took the claim meanwhile. */
  status: OrderSyncDTO["status"] | null
  archidelivery_order_id: string | null
}

type Compensation = {
  sync_id: string
  completed: boolean
}

export const completeOrderClaimStepId = "archidelivery-complete-order-claim"

/**
 * Writes the attempt log, committed first (a send that happened stays
 * recorded whatever fails after it), then the row's new state, which
 * changes only while the claim is still ours (compare-and-set on the
 * claim's fencing token and an unexpired lease), for a send and a
 * reconciliation alike; or gives the row back untried. Compensation puts the
 * row back to `sending` with an expired lease, which the next drain
 * reconciles: the safe state for an order whose fate we no longer know. It
 * keeps the attempts: they happened.
 */
export const completeOrderClaimStep = createStep(
  completeOrderClaimStepId,
  async (input: CompleteOrderClaimInput, { container }) => {
    const service = archiDeliveryService(container)
    const { order_sync: sync, outcome } = input
    if (outcome.release) {
      const row = await service.releaseOrderSyncClaim(sync.id, sync.claim_token)
      return new StepResponse<CompletedOrderClaim, Compensation>(
        {
          order_id: sync.order_id,
          status: row?.status ?? null,
          archidelivery_order_id: null,
        },
        { sync_id: sync.id, completed: false }
      )
    }
    const patch: OrderSyncClaimPatch = patchWithDates(outcome.patch)
    const { order_sync: row } = await service.recordOrderSyncOutcome(
      sync.id,
      sync.claim_token,
      patch,
      outcome.attempts.map((a) => ({
        ...a,
        request: a.request as Record<string, unknown> | null,
      }))
    )
    if (!row) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(
          `archidelivery: order ${sync.order_id}: the claim was lost (lease ran out or another worker took the row) before its ${outcome.patch.status} outcome was stored; its attempts are kept and it will be reconciled`
        )
    }
    return new StepResponse<CompletedOrderClaim, Compensation>(
      {
        order_id: sync.order_id,
        status: row?.status ?? null,
        archidelivery_order_id: row?.archidelivery_order_id ?? null,
      },
      { sync_id: sync.id, completed: !!row }
    )
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = archiDeliveryService(container)
    if (compensation.completed) {
      await service.updateOrderSyncs({
        id: compensation.sync_id,
        status: "sending",
        reconcile: true,
        lease_until: new Date(),
      })
    }
  }
)
