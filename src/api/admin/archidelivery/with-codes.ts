import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { codedReply } from "../../../lib/shared/admin-codes"

/**
 * Answers a coded refusal as `{ type, code, message, params }`; every other
 * error goes on to the framework's handler unchanged.
 */
export function withCodes<R extends MedusaRequest>(
  handler: (req: R, res: MedusaResponse) => Promise<void>
) {
  return async (req: R, res: MedusaResponse) => {
    try {
      await handler(req, res)
    } catch (e) {
      const reply = codedReply(e)
      if (!reply) {
        throw e
      }
      res.status(reply.status).json(reply.body)
    }
  }
}
