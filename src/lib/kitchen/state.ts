/**
 * The kitchen's state as the storefront sees it: what the admin set (online,
 * busy with a delay, paused), until when, and whether ArchiDelivery has been
 * unreachable long enough to call the kitchen offline.
 */

export const POINT_STATES = ["online", "busy", "paused"] as const
export type PointStateValue = (typeof POINT_STATES)[number]
export type KitchenState = PointStateValue | "offline"

export interface StoredPointState {
  state: PointStateValue
  delay_minutes?: number | null
  until?: Date | string | null
}

export interface OutageFacts {
  started_at: Date | string
  ended_at?: Date | string | null
}

export interface KitchenView {
  state: KitchenState
  delay_minutes: number
  /** When the admin's state ends by itself; null = until changed. */
  until: string | null
  /** When ArchiDelivery stopped answering, while it does not answer. */
  offline_since: string | null
}

const time = (v: Date | string | null | undefined) =>
  v ? new Date(v).getTime() : null

/** Whether an outage has lasted long enough to count as offline now. */
export function isOffline(
  outage: OutageFacts | null | undefined,
  offlineAfterMinutes: number,
  now: Date
): boolean {
  if (!outage || outage.ended_at) {
    return false
  }
  return (
    now.getTime() - time(outage.started_at)! >= offlineAfterMinutes * 60_000
  )
}

/**
 * The state in force now. An admin's state past its `until` is over (online).
 * A pause wins over an outage (the admin's word says more); an outage wins
 * over busy and online, keeping busy's delay.
 */
export function kitchenView(
  stored: StoredPointState | null | undefined,
  outage: OutageFacts | null | undefined,
  offlineAfterMinutes: number,
  now: Date
): KitchenView {
  const until = time(stored?.until)
  const current =
    stored && (until === null || until > now.getTime()) ? stored : null
  const state: PointStateValue = current?.state ?? "online"
  const delay = state === "busy" ? Math.max(0, current?.delay_minutes ?? 0) : 0
  const offline = isOffline(outage, offlineAfterMinutes, now)
  return {
    state: offline && state !== "paused" ? "offline" : state,
    delay_minutes: delay,
    until: current && until !== null ? new Date(until).toISOString() : null,
    offline_since:
      outage && !outage.ended_at
        ? new Date(outage.started_at).toISOString()
        : null,
  }
}
