import { scalarText } from "./pickup-points"

/** A fulfillment label carrying the ArchiDelivery order id as its tracking number. */
export const trackingLabel = (archideliveryOrderId: string) => ({
  tracking_number: archideliveryOrderId,
  tracking_url: "",
  label_url: "",
})

/**
 * The first ArchiDelivery order id found in the given places (additional
 * data, fulfillment metadata, order metadata, fulfillment data), as a string.
 */
export function archideliveryOrderIdFrom(
  ...sources: (Record<string, unknown> | null | undefined)[]
): string | null {
  for (const source of sources) {
    const id = scalarText(source?.archidelivery_order_id)
    if (id) {
      return id
    }
  }
  return null
}

/**
 * A new fulfillment's data and labels: with the ArchiDelivery order id when
 * the order has one, as is (and unlabelled) before it reached ArchiDelivery.
 */
export function trackedFulfillment(
  data: Record<string, unknown>,
  archideliveryOrderId: string | null
) {
  if (!archideliveryOrderId) {
    return { data: { ...data }, labels: [] }
  }
  return {
    data: { ...data, archidelivery_order_id: archideliveryOrderId },
    labels: [trackingLabel(archideliveryOrderId)],
  }
}
