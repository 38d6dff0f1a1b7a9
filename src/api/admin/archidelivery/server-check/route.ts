import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { SentOrder } from "../../../../lib/server-check"
import { archiDeliveryService } from "../../../../modules/archidelivery"
import type ArchiDeliveryModuleService from "../../../../modules/archidelivery/service"
import type { AdminServerCheckType } from "./validators"

/** A few recent orders are enough to see whether the lookup finds them. */
const SENT_ORDERS_CHECKED = 3

/** The phone each order's successful neworder carried, from its attempt log. */
async function phonesSentWith(
  service: ArchiDeliveryModuleService,
  syncIds: string[]
): Promise<Map<string, string>> {
  if (!syncIds.length) {
    return new Map()
  }
  const attempts = await service.listOrderAttempts(
    { order_sync_id: syncIds, outcome: "sent" },
    { select: ["order_sync_id", "request"], take: 100 }
  )
  const out = new Map<string, string>()
  for (const a of attempts) {
    // The attempt log keeps the decoded params of the call it made.
    const params = a.request?.params as Record<string, unknown> | undefined
    const phone = params?.phone
    if (typeof phone === "string" && phone) {
      out.set(a.order_sync_id, phone)
    }
  }
  return out
}

/** Recently sent orders, with the phone each went out with, to test the lookup on. */
async function recentSentOrders(
  service: ArchiDeliveryModuleService
): Promise<SentOrder[]> {
  const rows = await service.listOrderSyncs(
    { status: "sent" },
    { take: 20, order: { sent_at: "DESC", id: "DESC" } }
  )
  const sent = rows
    .filter((r) => r.archidelivery_order_id && r.display_id != null)
    .slice(0, SENT_ORDERS_CHECKED)
  const phones = await phonesSentWith(
    service,
    sent.map((r) => r.id)
  )
  return sent.map((r) => ({
    archidelivery_order_id: r.archidelivery_order_id!,
    display_id: r.display_id!,
    phone: phones.get(r.id) ?? null,
  }))
}

/**
 * POST /admin/archidelivery/server-check — asks ArchiDelivery, through
 * read-only methods only, what the plugin needs to know about it. POST
 * because it calls out to the server; it changes nothing anywhere.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminServerCheckType>,
  res: MedusaResponse
) => {
  const service = archiDeliveryService(req.scope)
  const server_check = await service.checkServer({
    phone: req.validatedBody.phone,
    sentOrders: await recentSentOrders(service),
  })
  res.json({ server_check })
}
