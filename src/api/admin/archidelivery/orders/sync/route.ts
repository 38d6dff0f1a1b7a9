import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  drainOrderQueue,
  DrainBusyError,
} from "../../../../../workflows/utils/drain-order-queue"

/** How long the admin's "sync now" waits for a drain already running. */
const LOCK_WAIT_SECONDS = 10

/** POST /admin/archidelivery/orders/sync — drains the queue now. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  try {
    const result = await drainOrderQueue(req.scope, {
      lockTimeoutSeconds: LOCK_WAIT_SECONDS,
    })
    res.json({ result })
  } catch (e) {
    if (e instanceof DrainBusyError) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "a drain is already running; try again shortly"
      )
    }
    throw e
  }
}
