import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isArchiDeliveryError, type Row } from "../../../lib/archidelivery"
import { KNOWN_ORDER_STATUSES } from "../../../lib/orders/order-status"
import { normalizePhone } from "../../../lib/customers/phone"
import {
  clientIdFromAttempts,
  type PastAttempt,
} from "../../../lib/orders/attempts"
import { idOf, proveLookup } from "../../../lib/orders/reconcile-match"
import { archiDeliveryService } from "../../../modules/archidelivery"
import { errorMessage } from "../../../lib/shared/error-message"
import type { PolledOrderStatus } from "./poll-order-statuses"

export const proveOrderLookupStepId = "archidelivery-prove-order-lookup"

/** A proof that holds is checked again after this long. */
export const LOOKUP_RECHECK_MS = 10 * 60_000

type Proof = {
  id: string
  point_id: string
  proven: boolean
  proven_at: Date | string | null
  checked_at: Date | string | null
  reason: string | null
  archidelivery_order_id: string | null
}

type Compensation = { created?: string; previous?: Proof } | undefined

/**
 * Checks that the lookup reconciliation relies on works on this server: the
 * newest order just read (one we sent, so its id is known) must be listed by
 * `getorderbypoint` at the configured point, and its `getorderdata` must
 * show our marker with our phone or client. Stores the answer per point
 * (proven, when, or why not); a lost connection leaves it as it was.
 */
export const proveOrderLookupStep = createStep(
  proveOrderLookupStepId,
  async (input: { polled: PolledOrderStatus[] }, { container }) => {
    const service = archiDeliveryService(container)
    const options = service.getOptions()
    const pointId = options.pointId?.trim()
    const none = new StepResponse(null, undefined as Compensation)
    if (!pointId) {
      return none
    }
    const [current] = (await service.listLookupProofs({
      point_id: pointId,
    })) as Proof[]
    const now = Date.now()
    if (
      current?.proven &&
      current.checked_at &&
      now - new Date(current.checked_at).getTime() < LOOKUP_RECHECK_MS
    ) {
      return none
    }
    // Only an order our own neworder created (not one a person resolved by
    // hand) says anything about the lookup.
    const candidates = input.polled
      .filter(
        (p) =>
          p.status !== null &&
          KNOWN_ORDER_STATUSES.includes(p.status) &&
          p.display_id !== null &&
          !p.read_error
      )
      .sort((a, b) => (b.sent_at ?? "").localeCompare(a.sent_at ?? ""))
      .slice(0, 5)
    let order: PolledOrderStatus | undefined
    let sent: PastAttempt | undefined
    for (const candidate of candidates) {
      const attempts = (await service.listOrderAttempts(
        { order_sync_id: candidate.id, outcome: "sent" },
        {
          select: ["outcome", "request", "reply"],
          order: { created_at: "DESC" },
          take: 5,
        }
      )) as unknown as PastAttempt[]
      sent = attempts.find((a) => a.request?.method === "neworder")
      if (sent) {
        order = candidate
        break
      }
    }
    if (!order || !sent) {
      return none
    }
    const facts = {
      displayId: order.display_id!,
      phone: normalizePhone(
        String(sent.request?.params?.phone ?? ""),
        options.phone.defaultCountry
      ),
      clientId: clientIdFromAttempts([sent]),
      defaultCountry: options.phone.defaultCountry,
    }
    // Listed in its own status, or (it moved meanwhile) in another known one.
    const statuses = [
      order.status!,
      ...KNOWN_ORDER_STATUSES.filter((s) => s !== order.status),
    ]
    const listedIds: string[] = []
    let verdict: { proven: boolean; reason: string }
    try {
      for (const status of statuses) {
        const rows: Row[] = await service
          .getClient()
          .getOrderByPoint(pointId, status)
        listedIds.push(...rows.map(idOf))
        if (listedIds.includes(order.archidelivery_order_id)) {
          break
        }
      }
      verdict = proveLookup({
        archiOrderId: order.archidelivery_order_id,
        listedIds,
        data: order.seen as Row | null,
        facts,
        pointId,
        status: order.status!,
      })
    } catch (e) {
      if (
        isArchiDeliveryError(e) &&
        (e.kind === "unreachable" || e.kind === "unknown_outcome")
      ) {
        // No usable answer now proves nothing either way.
        return none
      }
      verdict = {
        proven: false,
        reason: `getorderbypoint at point ${pointId} refused: ${errorMessage(e)}`,
      }
    }
    const values = {
      proven: verdict.proven,
      proven_at: verdict.proven
        ? new Date(now)
        : current?.proven_at
          ? new Date(current.proven_at)
          : null,
      checked_at: new Date(now),
      reason: verdict.reason,
      archidelivery_order_id: order.archidelivery_order_id,
    }
    if (current) {
      await service.updateLookupProofs({ id: current.id, ...values })
      return new StepResponse(verdict, { previous: current })
    }
    const created = await service.createLookupProofs({
      point_id: pointId,
      ...values,
    })
    return new StepResponse(verdict, { created: created.id })
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
