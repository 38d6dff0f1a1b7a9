import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { proofValues, type StoredProof } from "../../../lib/orders/lookup-proof"
import { archiDeliveryService } from "../../../modules/archidelivery"
import type { OrderLookupCheck } from "./check-order-lookup"

export type StoreLookupProofInput = { check: OrderLookupCheck }

type Compensation = { created?: string; previous?: StoredProof } | undefined

export const storeLookupProofStepId = "archidelivery-store-lookup-proof"

/** Stores a lookup check per point: proven, since when, or why not. */
export const storeLookupProofStep = createStep(
  storeLookupProofStepId,
  async ({ check }: StoreLookupProofInput, { container }) => {
    if (!check) {
      return new StepResponse(null, undefined as Compensation)
    }
    const service = archiDeliveryService(container)
    const { current, verdict } = check
    const values = proofValues(
      verdict,
      current,
      check.checked_at,
      check.archidelivery_order_id
    )
    if (current) {
      await service.updateLookupProofs({ id: current.id, ...values })
      return new StepResponse(verdict, { previous: current } as Compensation)
    }
    const created = await service.createLookupProofs({
      point_id: check.point_id,
      ...values,
    })
    return new StepResponse(verdict, { created: created.id } as Compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = archiDeliveryService(container)
    if (compensation.created) {
      await service.deleteLookupProofs(compensation.created)
    }
    const prev = compensation.previous
    if (prev) {
      await service.updateLookupProofs({
        id: prev.id,
        proven: prev.proven,
        proven_at: prev.proven_at ? new Date(prev.proven_at) : null,
        checked_at: prev.checked_at ? new Date(prev.checked_at) : null,
        reason: prev.reason,
        archidelivery_order_id: prev.archidelivery_order_id,
      })
    }
  }
)
