/** What a customer may see of an order's way to the kitchen: no errors, no attempts. */
export interface StoreOrderStatus {
  order_id: string
  display_id: number | null
  /** queued, sending, sent, failed, needs_review; null before the order is queued. */
  queue_status: string | null
  archidelivery_order_id: string | null
  /** ArchiDelivery's ORDERSTATUS code, shown as is when unknown. */
  code: number | null
  label: string | null
  updated_at: Date | string | null
}

type OrderLike = { id: string; display_id?: number | null }

type SyncLike = {
  status?: string | null
  archidelivery_order_id?: string | null
  archidelivery_status?: number | null
  archidelivery_status_label?: string | null
  archidelivery_status_at?: Date | string | null
  updated_at?: Date | string | null
}

export function toOrderStatus(
  order: OrderLike,
  sync?: SyncLike | null
): StoreOrderStatus {
  return {
    order_id: order.id,
    display_id: order.display_id ?? null,
    queue_status: sync?.status ?? null,
    archidelivery_order_id: sync?.archidelivery_order_id ?? null,
    code: sync?.archidelivery_status ?? null,
    label: sync?.archidelivery_status_label ?? null,
    updated_at: sync?.archidelivery_status_at ?? sync?.updated_at ?? null,
  }
}
