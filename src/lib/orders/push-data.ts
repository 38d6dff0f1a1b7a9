import { lineModifiers } from "../modifiers/choice"
import type { PayloadOrder, PayloadProductLink } from "./order-payload"

/*
 * The pure half of loading a claimed batch for its push: the fields read,
 * the order cut to what the push reads, and each order's links.
 */

/** Everything the payload mapper and the client choice read from an order. */
export const ORDER_PUSH_FIELDS = [
  "id",
  "display_id",
  // A cancelled order is never sent, even when its `order.canceled` was lost.
  "status",
  "email",
  "metadata",
  "customer_id",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_id",
  "items.product_id",
  "items.quantity",
  // The line's quantity lives on the order item ("detail"); Query maps it back.
  "items.detail.quantity",
  // A line's modifiers, as bought: sent as the item's `mods`.
  "items.metadata",
  "shipping_address.*",
  "billing_address.*",
  "customer.id",
  "customer.first_name",
  "customer.last_name",
  "customer.phone",
  "customer.email",
  "customer.has_account",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.data",
  "shipping_methods.shipping_option_id",
  "shipping_methods.shipping_option.id",
  "shipping_methods.shipping_option.data",
  "payment_collections.status",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payment_sessions.provider_id",
  "payment_collections.payment_sessions.status",
]

type Loose = Record<string, any> | null | undefined

const address = (a: Loose) =>
  a
    ? {
        first_name: a.first_name,
        last_name: a.last_name,
        phone: a.phone,
        address_1: a.address_1,
        address_2: a.address_2,
        city: a.city,
        metadata: a.metadata,
      }
    : null

/**
 * Only what the payload and the client choice read: the order travels
 * through workflow inputs, which are copied at every step.
 */
export function slimOrder(o: Loose): PayloadOrder {
  const order = o ?? {}
  return {
    id: order.id,
    display_id: order.display_id,
    email: order.email,
    metadata: order.metadata,
    items: (order.items ?? []).map((i: Loose) => ({
      id: i?.id,
      title: i?.title,
      product_title: i?.product_title,
      variant_title: i?.variant_title,
      variant_id: i?.variant_id,
      product_id: i?.product_id,
      quantity: i?.quantity ?? i?.detail?.quantity,
      ...(lineModifiers(i?.metadata).length
        ? { modifiers: lineModifiers(i?.metadata) }
        : {}),
    })),
    shipping_address: address(order.shipping_address),
    billing_address: address(order.billing_address),
    customer: order.customer
      ? {
          id: order.customer.id,
          first_name: order.customer.first_name,
          last_name: order.customer.last_name,
          phone: order.customer.phone,
          email: order.customer.email,
          has_account: order.customer.has_account,
        }
      : null,
    shipping_methods: (order.shipping_methods ?? []).map((m: Loose) => ({
      name: m?.name,
      data: m?.data,
      shipping_option_id: m?.shipping_option_id,
      shipping_option: m?.shipping_option
        ? { id: m.shipping_option.id, data: m.shipping_option.data }
        : null,
    })),
    payment_collections: (order.payment_collections ?? []).map((c: Loose) => ({
      status: c?.status,
      payments: (c?.payments ?? []).map((p: Loose) => ({
        provider_id: p?.provider_id,
        captured_at: p?.captured_at ?? null,
        canceled_at: p?.canceled_at ?? null,
      })),
      payment_sessions: (c?.payment_sessions ?? []).map((p: Loose) => ({
        provider_id: p?.provider_id,
        status: p?.status,
      })),
    })),
  }
}

/** What a push reads besides its claimed row. */
export type OrderPushData<L = unknown> = {
  order: PayloadOrder | null
  /** The shop cancelled the order: it is not sent. */
  cancelled: boolean
  product_links: PayloadProductLink[]
  client_link: L | null
}

/** A batch's orders as Query returned them, cut down, with the keys of their links. */
export function pushBatch(data: Loose[]) {
  const cancelled = new Set(
    data.filter((o) => o?.status === "canceled").map((o) => o!.id as string)
  )
  const orders = data.map(slimOrder)
  const variantIds = new Set<string>()
  const productIds = new Set<string>()
  const customerIds = new Set<string>()
  for (const order of orders) {
    for (const item of order.items ?? []) {
      if (item?.variant_id) variantIds.add(item.variant_id)
      if (item?.product_id) productIds.add(item.product_id)
    }
    if (order.customer?.id) customerIds.add(order.customer.id)
  }
  // The product links of any variant or product in the batch.
  const linkFilter = [
    ...(variantIds.size ? [{ variant_id: [...variantIds] }] : []),
    ...(productIds.size ? [{ product_id: [...productIds] }] : []),
  ]
  return { orders, cancelled, linkFilter, customerIds: [...customerIds] }
}

/**
 * Each order's push data from the batch's links; an order Query did not
 * return (deleted meanwhile) gets none, so its push fails it.
 */
export function pushDataByOrder<L extends { customer_id: string }>(
  orderIds: string[],
  batch: ReturnType<typeof pushBatch>,
  links: PayloadProductLink[],
  clientLinks: L[]
): Map<string, OrderPushData<L>> {
  const out = new Map<string, OrderPushData<L>>()
  const byCustomer = new Map(clientLinks.map((l) => [l.customer_id, l]))
  for (const order of batch.orders) {
    const ids = new Set(
      (order.items ?? []).flatMap((i) => [i?.variant_id, i?.product_id])
    )
    out.set(order.id, {
      order,
      cancelled: batch.cancelled.has(order.id),
      product_links: links
        .filter(
          (l) => ids.has(l.variant_id ?? "") || ids.has(l.product_id ?? "")
        )
        .map((l) => ({
          archidelivery_id: l.archidelivery_id,
          product_id: l.product_id,
          variant_id: l.variant_id,
        })),
      client_link:
        (order.customer?.id && byCustomer.get(order.customer.id)) || null,
    })
  }
  for (const id of orderIds) {
    if (!out.has(id)) {
      out.set(id, {
        order: null,
        cancelled: false,
        product_links: [],
        client_link: null,
      })
    }
  }
  return out
}
