import {
  addToCartWorkflow,
  createCartWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { CheckoutCart } from "../../lib/customers/checkout-phone"
import type { CartLine } from "../../lib/delivery/cart-rules"
import { cartLinesRefusal } from "../menu/dish-availability"

// Medusa allows one validate handler per hook, so every check the plugin
// makes on lines going into a cart runs here, from CART_LINES_RULES
// (lib/delivery/cart-rules.ts): when a cart is created with items, and when
// items are added to it.

type Line = {
  variant_id?: string | null
  product_id?: string | null
  product_title?: string | null
  quantity?: unknown
  metadata?: Record<string, unknown> | null
}

const wantedOf = (items: readonly Line[] | null | undefined): CartLine[] =>
  (items ?? [])
    .filter((i) => !!i?.variant_id)
    .map((i) => ({
      variant_id: i.variant_id!,
      product_id: i.product_id ?? null,
      title: i.product_title ?? null,
      quantity: typeof i.quantity === "number" ? i.quantity : null,
      metadata: i.metadata ?? null,
    }))

/** What the refusal's language is read from: the cart's locale and metadata, its customer's. */
async function languageFacts(
  container: MedusaContainer,
  cartId: string
): Promise<CheckoutCart> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "locale", "metadata", "customer.metadata"],
    filters: { id: cartId },
  })
  return (data[0] ?? {}) as CheckoutCart
}

const refuse = (problem: string | null) => {
  if (problem) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
  }
}

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const lines = wantedOf(input.items as Line[])
  if (!lines.length) {
    return
  }
  const facts = await languageFacts(container, input.cart_id)
  refuse(
    await cartLinesRefusal(container, lines, facts, {
      additional_data: input.additional_data,
    })
  )
})

createCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const created = cart as CheckoutCart & { items?: Line[] | null }
  const lines = wantedOf(created.items)
  if (!lines.length) {
    return
  }
  refuse(
    await cartLinesRefusal(container, lines, created, {
      additional_data: (input as { additional_data?: unknown }).additional_data,
    })
  )
})
