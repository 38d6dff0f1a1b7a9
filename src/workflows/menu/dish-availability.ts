import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  cartLinesProblem,
  type CartLine,
  type CartLinesRule,
} from "../../lib/delivery/cart-rules"
import type { CheckoutCart } from "../../lib/customers/checkout-phone"
import { availabilityOf, type Availability } from "../../lib/menu/availability"
import {
  unavailableDishes,
  type AvailabilityLink,
  type UnavailableDish,
  type WantedVariant,
} from "../../lib/menu/unavailable-dishes"
import { archiDeliveryService } from "../../modules/archidelivery"

// Reads, no writes: what the cart hooks, the store route and a host's own
// add-to-cart code ask about a dish's availability.

const LINK_FIELDS = [
  "id",
  "archidelivery_id",
  "product_id",
  "variant_id",
  "imported_name",
  "size_label",
  "menu_active",
  "missing",
  "admin_unavailable",
  "unavailable_until",
]

type Query = {
  graph: (q: Record<string, unknown>) => Promise<{ data: any[] }>
}

const queryOf = (container: MedusaContainer) =>
  container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query

/** The wanted variants that cannot be bought now, each naming its dish. */
export async function findUnavailableDishes(
  container: MedusaContainer,
  wanted: readonly WantedVariant[],
  now = new Date()
): Promise<UnavailableDish[]> {
  const ids = [...new Set(wanted.map((w) => w.variant_id))]
  if (!ids.length) {
    return []
  }
  const query = queryOf(container)
  // Lines added by variant id alone: their products find links made per product.
  const missingProduct = wanted.some((w) => !w.product_id)
  const variants = missingProduct
    ? (
        await query.graph({
          entity: "variants",
          fields: ["id", "product_id"],
          filters: { id: ids },
        })
      ).data
    : []
  const productOf = new Map<string, string | null>(
    variants.map((v: { id: string; product_id: string | null }) => [
      v.id,
      v.product_id,
    ])
  )
  const full = wanted.map((w) => ({
    ...w,
    product_id: w.product_id ?? productOf.get(w.variant_id) ?? null,
  }))
  const productIds = [
    ...new Set(full.map((w) => w.product_id).filter((p): p is string => !!p)),
  ]
  const { data: links } = await query.graph({
    entity: "archidelivery_product_link",
    fields: LINK_FIELDS,
    filters: {
      $or: [
        { variant_id: ids },
        ...(productIds.length ? [{ product_id: productIds }] : []),
      ],
    },
  })
  const { availability } = archiDeliveryService(container).getOptions()
  return unavailableDishes(full, links as AvailabilityLink[], now, availability)
}

/**
 * The refusal for lines going into a cart (the add-to-cart and create-cart
 * hooks use it; so can a host's own add route), or null.
 */
export function cartLinesRefusal(
  container: MedusaContainer,
  lines: readonly CartLine[],
  cart: CheckoutCart,
  opts: { rules?: readonly CartLinesRule[]; additional_data?: unknown } = {}
): Promise<string | null> {
  return cartLinesProblem(
    lines,
    cart,
    {
      unavailableDishes: (w) => findUnavailableDishes(container, w),
      additional_data: opts.additional_data,
    },
    opts.rules
  )
}

export type UnavailableEntry = {
  archidelivery_id: string
  product_id: string | null
  variant_id: string | null
  name: string
} & Availability

/** Every dish unavailable now (for the store's list and the admin). */
export async function listUnavailableDishes(
  container: MedusaContainer,
  now = new Date()
): Promise<UnavailableEntry[]> {
  const { data } = await queryOf(container).graph({
    entity: "archidelivery_product_link",
    fields: LINK_FIELDS,
    filters: {
      $or: [
        { menu_active: false },
        { missing: true },
        { admin_unavailable: true },
      ],
    },
  })
  const { availability } = archiDeliveryService(container).getOptions()
  return (
    (data as (AvailabilityLink & { imported_name: string })[])
      // A size waiting for approval has no variant yet: nothing to buy, nothing to list.
      .filter((l) => !(l.variant_id === null && l.size_label))
      .map((l) => ({
        archidelivery_id: l.archidelivery_id,
        product_id: l.product_id,
        variant_id: l.variant_id,
        name: l.imported_name,
        ...availabilityOf(l, now, availability),
      }))
      .filter((e) => !e.available)
  )
}
