import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ARCHIDELIVERY_MODULE } from "../../modules/archidelivery"
import type ArchiDeliveryModuleService from "../../modules/archidelivery/service"
import type {
  OrderSyncClaimPatch,
  OrderSyncDTO,
} from "../../modules/archidelivery/types"
import type { ClaimedOrderSync, ClaimOutcome } from "./order-sync-types"

export type CompleteOrderClaimInput = {
  order_sync: ClaimedOrderSync
  owner: string
  outcome: ClaimOutcome
}

export type CompletedOrderClaim = {
  order_id: string
  /** The row's status now; null when another worker took the claim meanwhile. */
  status: OrderSyncDTO["status"] | null
  archidelivery_order_id: string | null
}

type Compensation = {
  attempt_ids: string[]
  sync_id: string
  owner: string
  completed: boolean
}

export const completeOrderClaimStepId = "archidelivery-complete-order-claim"

const toDate = (v: string | null | undefined) =>
  v === undefined ? undefined : v === null ? null : new Date(v)

/**
 * Writes the attempt log and the row's new state in one transaction; the row
 * changes only while the claim is still ours (compare-and-set on the lease
 * owner). Compensation puts the row back to `sending` with an expired lease,
 * which the next drain reconciles: the safe state for an order whose fate we
 * no longer know.
 */
export const completeOrderClaimStep = createStep(
  completeOrderClaimStepId,
  async (input: CompleteOrderClaimInput, { container }) => {
    const service =
      container.resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)
    const { order_sync: sync, owner, outcome } = input
    if (outcome.release) {
      const row = await service.releaseOrderSyncClaim(sync.id, owner)
      return new StepResponse<CompletedOrderClaim, Compensation>(
        {
          order_id: sync.order_id,
          status: row?.status ?? null,
          archidelivery_order_id: null,
        },
        { attempt_ids: [], sync_id: sync.id, owner, completed: false }
      )
    }
    const { next_attempt_at, sent_at, cancelled_at, ...rest } = outcome.patch
    const patch: OrderSyncClaimPatch = {
      ...rest,
      next_attempt_at: toDate(next_attempt_at),
      sent_at: toDate(sent_at),
      cancelled_at: toDate(cancelled_at),
    }
    const { order_sync: row, attempt_ids } =
      await service.recordOrderSyncOutcome(
        sync.id,
        owner,
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
          `archidelivery: order ${sync.order_id} was taken over by another worker before its ${outcome.patch.status} outcome was stored; it will be reconciled`
        )
    }
    return new StepResponse<CompletedOrderClaim, Compensation>(
      {
        order_id: sync.order_id,
        status: row?.status ?? null,
        archidelivery_order_id: row?.archidelivery_order_id ?? null,
      },
      {
        attempt_ids,
        sync_id: sync.id,
        owner,
        completed: !!row,
      }
    )
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service =
      container.resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)
    if (compensation.attempt_ids.length) {
      await service.deleteOrderAttempts(compensation.attempt_ids)
    }
    if (compensation.completed) {
      await service.updateOrderSyncs({
        id: compensation.sync_id,
        status: "sending",
        reconcile: true,
        lease_owner: compensation.owner,
        lease_until: new Date(),
      })
    }
  }
)
