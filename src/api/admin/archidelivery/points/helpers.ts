import type { MedusaContainer } from "@medusajs/framework/types"
import { kitchenPoints } from "../../../../lib/kitchen/points"
import { isOffline, kitchenView } from "../../../../lib/kitchen/state"
import { archiDeliveryService } from "../../../../modules/archidelivery"
import { storedHours } from "../../../../workflows/kitchen/kitchen-facts"
import type { Schedule } from "../../../../lib/kitchen/options"

const iso = (v: Date | string | null | undefined) =>
  v ? new Date(v).toISOString() : null

/** Every point with its hours, the admin's state and the state in force now. */
export async function listKitchenPoints(container: MedusaContainer) {
  const service = archiDeliveryService(container)
  const options = service.getOptions()
  const now = new Date()
  const [states, [outage]] = await Promise.all([
    service.listPointStates({}),
    service.listKitchenOutages(
      { ended_at: null },
      { order: { started_at: "ASC" }, take: 1 }
    ),
  ])
  const { offlineAfterMinutes, timeZone } = options.kitchen
  return {
    time_zone: timeZone,
    outage: outage
      ? {
          started_at: iso(outage.started_at),
          last_error: outage.last_error,
          offline: isOffline(outage, offlineAfterMinutes, now),
          announced_at: iso(outage.announced_at),
        }
      : null,
    points: kitchenPoints(options, adminHours(states)).map((p) => {
      const stored = states.find((s) => s.point_id === p.id) ?? null
      return {
        ...p,
        point_state: stored ? serializePointState(stored) : null,
        kitchen: kitchenView(stored, outage, offlineAfterMinutes, now),
      }
    }),
  }
}

export function serializePointState(s: {
  id: string
  point_id: string
  state: string
  delay_minutes: number
  until: Date | string | null
  updated_by?: string | null
  updated_at?: Date | string
}) {
  return {
    id: s.id,
    point_id: s.point_id,
    state: s.state,
    delay_minutes: s.delay_minutes,
    until: iso(s.until),
    updated_by: s.updated_by ?? null,
    updated_at: iso(s.updated_at),
  }
}

function adminHours(states: { point_id: string; hours?: unknown }[]) {
  const map = new Map<string, Schedule>()
  for (const s of states) {
    const hours = storedHours(s.hours)
    if (hours) {
      map.set(s.point_id, hours)
    }
  }
  return map
}
