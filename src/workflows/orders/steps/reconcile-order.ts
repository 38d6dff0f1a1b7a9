import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ClaimedOrderSync } from "../../../lib/orders/claim"
import {
  reconcileOutcome,
  reconcileVerdict,
} from "../../../lib/orders/reconcile-verdict"
import { archiDeliveryService } from "../../../modules/archidelivery"
import { loadReconcileFacts, otherHoldersOf } from "../load-reconcile-facts"

export type ReconcileOrderInput = {
  order_sync: ClaimedOrderSync
  /** The order's phone in E.164, null when it has none. */
  phone: string | null
}

export const reconcileOrderStepId = "archidelivery-reconcile-order"

/** Looks a doubtful order up and decides what its row becomes (reconcileVerdict); writes nothing. */
export const reconcileOrderStep = createStep(
  reconcileOrderStepId,
  async (input: ReconcileOrderInput, { container }) => {
    const sync = input.order_sync
    const facts = await loadReconcileFacts(container, sync, input.phone)
    const verdict = reconcileVerdict(facts)
    const reusedBy =
      verdict.kind === "sent"
        ? await otherHoldersOf(
            container,
            verdict.orderId,
            sync.id,
            sync.point_id ?? null
          )
        : []
    const { queue } = archiDeliveryService(container).getOptions()
    return new StepResponse(
      reconcileOutcome(verdict, {
        now: facts.now,
        leaseLost: facts.leaseLost,
        reusedBy,
        maxBackoffSeconds: queue.maxBackoffSeconds,
      })
    )
  }
)
