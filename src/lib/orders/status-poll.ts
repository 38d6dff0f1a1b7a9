import type { Row } from "../archidelivery"
import type { OrderStatusChangedEvent } from "../shared/events"
import {
  isFinalOrderStatus,
  orderStatusLabel,
  parseOrderStatus,
} from "./order-status"

/*
 * The kitchen-status follow-up's pure half: what one `getorderdata` read
 * says about a sent row, and what storing it writes and announces.
 */

/** A sent row as the follow-up reads it. */
export type PolledRow = {
  id: string
  order_id: string
  archidelivery_order_id: string | null
  archidelivery_status: number | null
  archidelivery_status_label: string | null
  archidelivery_status_at: Date | string | null
  status_final: boolean
  display_id: number | null
  sent_at: Date | string | null
}

export type PolledOrderStatus = {
  id: string
  order_id: string
  archidelivery_order_id: string
  previous_status: number | null
  previous_label: string | null
  previous_at: string | null
  previous_final: boolean
  display_id: number | null
  sent_at: string | null
  /** null: ArchiDelivery did not know the order or sent no usable code */
  status: number | null
  raw_status: unknown
  /** What getorderdata said that the lookup proof compares. */
  seen: { COMMENT: unknown; PHONE: unknown; CLIENTID: unknown } | null
  /** The read failed (not for a lost connection): it still counts as tried. */
  read_error: string | null
}

const iso = (v: Date | string | null) => (v ? new Date(v).toISOString() : null)

/** One row's read: the code it found next to what the row held. */
export function polledStatus(
  row: PolledRow,
  data: Row | null | undefined,
  readError: string | null
): PolledOrderStatus {
  return {
    id: row.id,
    order_id: row.order_id,
    archidelivery_order_id: row.archidelivery_order_id!,
    previous_status: row.archidelivery_status,
    previous_label: row.archidelivery_status_label,
    previous_at: iso(row.archidelivery_status_at),
    previous_final: row.status_final,
    display_id: row.display_id,
    sent_at: iso(row.sent_at),
    status: parseOrderStatus(data?.ORDERSTATUS),
    raw_status: data?.ORDERSTATUS ?? null,
    seen: data
      ? { COMMENT: data.COMMENT, PHONE: data.PHONE, CLIENTID: data.CLIENTID }
      : null,
    read_error: readError,
  }
}

/**
 * What storing the reads writes: the code, its label (unknown codes kept as
 * they are, unlabelled), when it was read and whether it is final; a read
 * without a code only stamps the time. The changes come back as
 * `archidelivery.order.status_changed` payloads.
 */
export function statusUpdates(
  polled: PolledOrderStatus[],
  finalCodes: readonly number[],
  now: Date
) {
  const events: OrderStatusChangedEvent[] = []
  const updates = polled.map((p) => {
    if (p.status === null) {
      return { id: p.id, archidelivery_status_at: now }
    }
    const label = orderStatusLabel(p.status)
    if (p.status !== p.previous_status) {
      events.push({
        order_id: p.order_id,
        archidelivery_order_id: p.archidelivery_order_id,
        status: p.status,
        previous_status: p.previous_status,
        label,
      })
    }
    return {
      id: p.id,
      archidelivery_status: p.status,
      archidelivery_status_label: label,
      archidelivery_status_at: now,
      status_final: isFinalOrderStatus(p.status, finalCodes),
    }
  })
  return { updates, events }
}

/** The rows as they were before the reads were stored. */
export const previousStatuses = (polled: PolledOrderStatus[]) =>
  polled.map((p) => ({
    id: p.id,
    archidelivery_status: p.previous_status,
    archidelivery_status_label: p.previous_label,
    archidelivery_status_at: p.previous_at ? new Date(p.previous_at) : null,
    status_final: p.previous_final,
  }))
