import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { archiDeliveryService } from "../../../../modules/archidelivery"
import type ArchiDeliveryModuleService from "../../../../modules/archidelivery/service"
import { lockingHealth } from "../../../../lib/shared/locks"

const iso = (v: Date | string | null | undefined) =>
  v ? new Date(v).toISOString() : null

/**
 * Whether reconciliation's lookup has been seen to find an order we sent at
 * the configured point: while it has not, no order is ever resent as absent.
 */
async function lookupState(service: ArchiDeliveryModuleService) {
  const pointId = service.getOptions().pointId?.trim()
  if (!pointId) {
    return {
      proven: false,
      proven_at: null,
      checked_at: null,
      reason: "no pointId configured: orders cannot be looked up",
    }
  }
  const [proof] = await service.listLookupProofs({ point_id: pointId })
  return {
    proven: proof?.proven ?? false,
    proven_at: iso(proof?.proven_at),
    checked_at: iso(proof?.checked_at),
    reason: proof?.reason ?? null,
  }
}

/**
 * GET /admin/archidelivery/health — pings ArchiDelivery and reports the
 * lookup proof. Always 200: an unreachable back office is an answer, given
 * in `reachable` and `error` (never the server address or headers).
 * `locking` is this process's last word from the drain lock's provider: a
 * failure there stops every drain.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const service = archiDeliveryService(req.scope)
  const checked_at = new Date().toISOString()
  const lookup = await lookupState(service)
  const ping = await service.pingArchiDelivery()
  res.json({
    health: {
      reachable: ping.reachable,
      version: ping.version,
      latency_ms: ping.latency_ms,
      checked_at,
      ...("error" in ping ? { error: ping.error } : {}),
      lookup,
      locking: lockingHealth(),
    },
  })
}
