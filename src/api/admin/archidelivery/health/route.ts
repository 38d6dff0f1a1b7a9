import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ARCHIDELIVERY_MODULE } from "../../../../modules/archidelivery"
import type ArchiDeliveryModuleService from "../../../../modules/archidelivery/service"
import { lockingHealth } from "../../../../workflows/utils/drain-lock"
import { errorMessage } from "../../../../lib/error-message"

/**
 * GET /admin/archidelivery/health — pings ArchiDelivery. Always 200: an
 * unreachable back office is an answer, given in `reachable` and `error`
 * (never the server address or headers). `locking` is this process's last
 * word from the drain lock's provider: a failure there stops every drain.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const service =
    req.scope.resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)
  const checked_at = new Date().toISOString()
  const started = Date.now()
  try {
    const { version, latencyMs } = await service.getClient().ping()
    res.json({
      health: {
        reachable: true,
        version,
        latency_ms: latencyMs,
        checked_at,
        locking: lockingHealth(),
      },
    })
  } catch (e) {
    res.json({
      health: {
        reachable: false,
        version: null,
        latency_ms: Date.now() - started,
        checked_at,
        error: errorMessage(e),
        locking: lockingHealth(),
      },
    })
  }
}
