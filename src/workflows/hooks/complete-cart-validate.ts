import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  checkoutProblem,
  type CheckoutRuleCart,
} from "../../lib/delivery/checkout-rules"
import { archiDeliveryService } from "../../modules/archidelivery"
import { findUnavailableDishes } from "../menu/dish-availability"
import { productModifierGroups } from "../modifiers/product-modifier-groups"
import { kitchenFacts } from "../kitchen/kitchen-facts"

export { isArchiDeliveryProvider } from "../../lib/delivery/fulfillment-options"

/** The provider ids of these shipping options. */
async function shippingProviders(container: MedusaContainer, ids: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "provider_id"],
    filters: { id: ids },
  })
  return data.map((o: { provider_id?: string | null }) => o.provider_id)
}

/**
 * Medusa allows one validate handler per hook, so every check this plugin
 * makes before an order is placed runs here: the checkout rules, in turn.
 * It runs before the order is created and the payment authorized; when one
 * of those fails, the compensation gives the slot seats taken here back.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const service = archiDeliveryService(container)
    const options = service.getOptions()
    // Slot seats this completion took: given back if it fails after them.
    const seats: string[] = []
    const problem = await checkoutProblem(cart as CheckoutRuleCart, {
      options,
      shippingProviders: (ids) => shippingProviders(container, ids),
      unavailableDishes: (wanted) => findUnavailableDishes(container, wanted),
      modifierGroups: (ids) => productModifierGroups(container, ids),
      kitchen: {
        pointId: options.pointId,
        zones: options.delivery.zones,
        facts: (pointId) => kitchenFacts(container, pointId),
        takeSeat: async (pointId, slotStart, capacity) => {
          const seat = await service.takeSlotSeat({
            point_id: pointId,
            slot_start: slotStart,
            cart_id: cart.id,
            capacity,
          })
          if (seat) {
            seats.push(seat.id)
          }
          return !!seat
        },
      },
    })
    if (problem) {
      // A step that throws is not compensated: give the seats back here.
      await Promise.all(seats.map((id) => service.releaseSlotSeat(id)))
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
    return new StepResponse(undefined, seats)
  },
  // A later step failed (payment authorization, order creation): free the seats.
  async (seats, { container }) => {
    if (!seats?.length) {
      return
    }
    const service = archiDeliveryService(container)
    await Promise.all(seats.map((id) => service.releaseSlotSeat(id)))
  }
)
