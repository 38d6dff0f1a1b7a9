import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  checkoutLanguage,
  checkoutPhoneMessage,
  checkoutPhoneProblem,
  type CheckoutCart,
} from "../../lib/customers/checkout-phone"
import {
  goodsSubtotal,
  isBelowMinimum,
  minimumOrderMessage,
  type PricedLine,
} from "../../lib/delivery/delivery-price"
import {
  archiDeliveryService,
  type ArchiDeliveryModuleService,
} from "../../modules/archidelivery"

/** Shipping options served by this plugin's provider, whatever id the host gave it. */
export const isArchiDeliveryProvider = (providerId: unknown) =>
  typeof providerId === "string" && providerId.startsWith("archidelivery_")

type Options = ReturnType<ArchiDeliveryModuleService["getOptions"]>

/** Every order goes to ArchiDelivery, which needs a phone it can read. */
function checkPhone(cart: CheckoutCart, options: Options) {
  const problem = checkoutPhoneProblem(cart, options.phone.defaultCountry)
  if (problem) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      checkoutPhoneMessage(problem, checkoutLanguage(cart))
    )
  }
}

/**
 * The last word on the minimum order: the provider already refuses it when a
 * shipping method is chosen, but the cart may shrink afterwards.
 */
async function checkMinimumOrder(
  cart: unknown,
  options: Options,
  container: MedusaContainer
) {
  const { delivery, currency } = options
  if (!(delivery.minOrderAmount > 0)) {
    return
  }
  const c = cart as {
    items?: PricedLine[]
    shipping_methods?: { shipping_option_id?: string | null }[]
  }
  const optionIds = (c.shipping_methods ?? [])
    .map((m) => m.shipping_option_id)
    .filter((id): id is string => !!id)
  if (!optionIds.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: shippingOptions } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "provider_id"],
    filters: { id: optionIds },
  })
  if (
    !shippingOptions.some((o: { provider_id?: string | null }) =>
      isArchiDeliveryProvider(o.provider_id)
    )
  ) {
    return
  }
  if (isBelowMinimum(goodsSubtotal(c.items), delivery)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      minimumOrderMessage(delivery.minOrderAmount, currency)
    )
  }
}

/**
 * Medusa allows one validate handler per hook, so every check this plugin
 * makes before an order is placed lives here: the phone, then the minimum.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const service = archiDeliveryService(container)
  const options = service.getOptions()
  checkPhone(cart as CheckoutCart, options)
  await checkMinimumOrder(cart, options, container)
})
