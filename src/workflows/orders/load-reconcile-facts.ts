import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  clientIdFromAttempts,
  orderIdFromAttempts,
} from "../../lib/orders/attempts"
import type { ClaimedOrderSync } from "../../lib/orders/claim"
import { searchPoint } from "../../lib/orders/point-search"
import {
  doubtStart,
  needsLookupProof,
  needsPointSearch,
  type DatedAttempt,
  type ReconcileInput,
} from "../../lib/orders/reconcile-verdict"
import { archiDeliveryService } from "../../modules/archidelivery"

/** The database's clock: the queue compares every due time with its now(). */
async function databaseNow(container: MedusaContainer): Promise<number> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const result = await pg.raw("SELECT now() AS now")
  return new Date(result.rows[0].now).getTime()
}

/**
 * Reads what one reconciliation try decides on: the row's own attempts, the
 * point's orders (only when they can and must be searched) and the point's
 * lookup proof (only when an absent order would otherwise be sent again).
 */
export async function loadReconcileFacts(
  container: MedusaContainer,
  sync: ClaimedOrderSync,
  phone: string | null
): Promise<ReconcileInput & { leaseLost: boolean }> {
  const service = archiDeliveryService(container)
  const options = service.getOptions()
  const now = await databaseNow(container)
  const history = (await service.listOrderAttempts(
    { order_sync_id: sync.id },
    {
      select: ["outcome", "created_at", "request", "reply"],
      order: { created_at: "DESC" },
      take: 100,
    }
  )) as unknown as DatedAttempt[]
  // On the main server neworder cannot choose a point, so the order is looked
  // for where the shop's orders land (`pointId`); a point with a server of
  // its own is looked for there.
  const pointId =
    (service.hasOwnServer(sync.point_id) ? sync.point_id : null) ||
    options.pointId?.trim() ||
    null
  const facts: ReconcileInput & { leaseLost: boolean } = {
    ...doubtStart(history, sync.last_error_kind, now),
    displayId: sync.display_id,
    phone,
    clientId: clientIdFromAttempts(history),
    defaultCountry: options.phone.defaultCountry,
    pointId,
    ownOrderId: orderIdFromAttempts(history),
    search: null,
    proof: null,
    now,
    attempts: sync.attempts,
    replyTimeoutMs: options.replyTimeoutMs,
    lookupMaxWaits: options.queue.lookupMaxWaits,
  }
  if (needsPointSearch(facts)) {
    facts.search = await service.withRequestSlot(() =>
      searchPoint(service.getClient(sync.point_id), {
        pointId: pointId!,
        createdAt: sync.created_at,
        maxCandidates: options.queue.reconcileMaxCandidates,
      })
    )
  }
  if (needsLookupProof(facts)) {
    const [proof] = await service.listLookupProofs({ point_id: pointId! })
    facts.proof = proof ? { proven: proof.proven, reason: proof.reason } : null
  }
  return facts
}

/** The other orders whose rows hold this ArchiDelivery id on the same server. */
export async function otherHoldersOf(
  container: MedusaContainer,
  archiOrderId: string,
  syncId: string,
  pointId: string | null = null
): Promise<string[]> {
  const service = archiDeliveryService(container)
  const rows = await service.listOrderSyncs(
    { archidelivery_order_id: archiOrderId },
    { select: ["id", "order_id", "point_id"] }
  )
  const server = service.serverOf(pointId)
  return rows
    .filter((row) => row.id !== syncId)
    .filter((row) => service.serverOf(row.point_id) === server)
    .map((row) => row.order_id)
}
