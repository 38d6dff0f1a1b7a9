import { archiDeliveryService } from "../../../../../modules/archidelivery"
import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  CLIENT_LINKS_REQUESTED_EVENT,
  type ClientLinksRequestedEvent,
} from "../../../../../lib/shared/events"
import { requestClientLinksWorkflow } from "../../../../../workflows/customers/request-client-links"

const PAGE = 500

/** Queues every customer with a phone and no link, page by page; counts what it queued. */
async function queueUnlinkedCustomers(scope: MedusaContainer) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
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
      const { result } = await requestClientLinksWorkflow(scope).run({
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
      return { total, pending }
    }
  }
}

/**
 * Queues every customer with a phone and no link (`linked_by: bulk`); a
 * subscriber links them in the background. `202 { customer_link_run: { total } }`.
 * Links a restart interrupts stay `pending` for the minute job.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { total, pending } = await queueUnlinkedCustomers(req.scope)
  if (pending) {
    const data: ClientLinksRequestedEvent = { pending }
    await req.scope
      .resolve(Modules.EVENT_BUS)
      .emit({ name: CLIENT_LINKS_REQUESTED_EVENT, data })
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
