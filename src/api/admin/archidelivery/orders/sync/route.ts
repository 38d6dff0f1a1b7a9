import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { codedError } from "../../../../../lib/shared/admin-codes"
import {
  drainOrderQueue,
  LockBusyError,
} from "../../../../../workflows/orders/drain-order-queue"
import { withCodes } from "../../with-codes"

/** How long the admin's "sync now" waits for a drain already running. */
const LOCK_WAIT_SECONDS = 10

/** POST /admin/archidelivery/orders/sync — drains the queue now. */
export const POST = withCodes(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    try {
      const result = await drainOrderQueue(req.scope, {
        lockTimeoutSeconds: LOCK_WAIT_SECONDS,
      })
      res.json({ result })
    } catch (e) {
      if (e instanceof LockBusyError) {
        throw codedError(
          MedusaError.Types.CONFLICT,
          "drain_running",
          {},
          "a drain is already running; try again shortly"
        )
      }
      throw e
    }
  }
)
