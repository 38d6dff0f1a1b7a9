import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { availability } from "../../../../lib/kitchen/availability"
import { cartPointId } from "../../../../lib/kitchen/points"
import { archiDeliveryService } from "../../../../modules/archidelivery"
import { kitchenFacts } from "../../../../workflows/kitchen/kitchen-facts"
import type { StoreGetAvailabilityParamsType } from "./validators"

/**
 * GET /store/archidelivery/availability?cart_id=… — what the cart's kitchen
 * can do now: open or not, the next opening, its state, ASAP with its
 * estimate, and the bookable slots. Cart completion checks the same rules.
 */
export const GET = async (
  req: MedusaRequest<unknown, StoreGetAvailabilityParamsType>,
  res: MedusaResponse
) => {
  const { cart_id } = req.validatedQuery as StoreGetAvailabilityParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "metadata",
      "shipping_methods.data",
      // The address's delivery zone names the kitchen of a courier order.
      "shipping_address.city",
      "shipping_address.postal_code",
      "shipping_address.metadata",
    ],
    filters: { id: cart_id },
  })
  const cart = carts[0]
  if (!cart) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Cart with id: ${cart_id} was not found`
    )
  }
  const options = archiDeliveryService(req.scope).getOptions()
  const point_id = cartPointId(
    cart as Parameters<typeof cartPointId>[0],
    options
  )
  const facts = await kitchenFacts(req.scope, point_id)
  res.json({
    availability: {
      point_id,
      time_zone: options.kitchen.timeZone,
      ...availability(facts),
    },
  })
}
