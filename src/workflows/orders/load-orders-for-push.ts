import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  ORDER_PUSH_FIELDS,
  pushBatch,
  pushDataByOrder,
  type OrderPushData as PushData,
} from "../../lib/orders/push-data"
import { archiDeliveryService } from "../../modules/archidelivery"
import type { ClientLinkDTO } from "../../modules/archidelivery/types"

export type OrderPushData = PushData<ClientLinkDTO>

/**
 * Reads a claimed batch in three queries (orders, their product links, their
 * customers' client links) instead of three per order: a drain's cost is
 * mostly ArchiDelivery's, not ours.
 */
export async function loadOrdersForPush(
  container: MedusaContainer,
  orderIds: string[]
): Promise<Map<string, OrderPushData>> {
  if (!orderIds.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service = archiDeliveryService(container)
  const { data } = await query.graph({
    entity: "order",
    fields: ORDER_PUSH_FIELDS,
    filters: { id: orderIds },
  })
  const batch = pushBatch(data)
  const links = batch.linkFilter.length
    ? await service.listProductLinks(
        { $or: batch.linkFilter },
        { select: ["archidelivery_id", "product_id", "variant_id"] }
      )
    : []
  const clientLinks = batch.customerIds.length
    ? await service.listClientLinks({
        customer_id: batch.customerIds,
      })
    : []
  return pushDataByOrder(orderIds, batch, links, clientLinks)
}
