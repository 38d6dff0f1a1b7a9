import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { archiDeliveryService } from "../../../../../../modules/archidelivery"
import { toOrderStatus } from "../../../order-status"

/** The kitchen status of the signed-in customer's own order. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const orderId = req.params.order_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // Filtering by customer makes another customer's order look like no order at all.
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "customer_id"],
    filters: { id: orderId, customer_id: req.auth_context.actor_id },
  })
  const order = orders[0]
  if (!order || order.customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id: ${orderId} was not found`
    )
  }
  const service = archiDeliveryService(req.scope)
  const [sync] = await service.listOrderSyncs(
    { order_id: order.id },
    { take: 1 }
  )
  res.json({ order_status: toOrderStatus(order, sync) })
}
