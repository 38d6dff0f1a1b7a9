import { archiDeliveryService } from "../../../../../modules/archidelivery"
import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { drainClientLinks } from "../../../../../workflows/customers/client-link-runner"
import { requestClientLinksWorkflow } from "../../../../../workflows/customers/request-client-links"
import { errorMessage } from "../../../../../lib/shared/error-message"

const PAGE = 500

/**
 * Queues every customer with a phone and no link (`linked_by: bulk`) and
 * links them in the background; `202 { customer_link_run: { total } }`.
 * Links a restart interrupts stay `pending` for the minute job.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  let total = 0
  let pending = 0
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id"],
      filters: { phone: { $ne: null } },
      pagination: { skip, take: PAGE, order: { created_at: "ASC", id: "ASC" } },
    })
    if (data.length) {
      // The workflow skips customers that already have a link.
      const { result } = await requestClientLinksWorkflow(req.scope).run({
        input: {
          customer_ids: data.map((c: { id: string }) => c.id),
          linked_by: "bulk",
          mode: "unlinked",
        },
      })
      total += result.pending.length + result.failed.length
      pending += result.pending.length
    }
    if (data.length < PAGE) {
      break
    }
  }
  if (pending) {
    const { batchSize } = archiDeliveryService(req.scope).getOptions().queue
    drainClientLinks(req.scope, {
      maxBatches: Math.ceil(pending / batchSize) + 2,
    }).catch((e) =>
      logger.error(
        `archidelivery: bulk client linking stopped, the minute job continues: ${errorMessage(e)}`
      )
    )
  }
  res.status(202).json({ customer_link_run: { total } })
}

/** Progress of bulk linking, counted from the links it made (`linked_by: bulk`). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const service = archiDeliveryService(req.scope)
  const count = async (filters: Record<string, unknown>) =>
    (
      await service.listAndCountClientLinks(
        { linked_by: "bulk", ...filters },
        { take: 1, select: ["id"] }
      )
    )[1]
  const [total, linked, pending, failed, ambiguous] = await Promise.all([
    count({}),
    count({ status: "linked" }),
    count({ status: "pending" }),
    count({ status: "failed" }),
    count({ status: "linked", ambiguous: true }),
  ])
  res.json({
    customer_link_run: { total, linked, pending, failed, ambiguous },
  })
}
