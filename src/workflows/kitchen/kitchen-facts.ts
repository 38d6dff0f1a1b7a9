import type { MedusaContainer } from "@medusajs/framework/types"
import type { AvailabilityFacts } from "../../lib/kitchen/availability"
import { pointSchedule } from "../../lib/kitchen/points"
import { scheduleSchema } from "../../lib/kitchen/options"
import { archiDeliveryService } from "../../modules/archidelivery"

/**
 * Everything the slot rules read for one point now: its hours, the admin's
 * state, the open outage and the seats taken per slot. The storefront's
 * route and cart completion read the same facts.
 */
export async function kitchenFacts(
  container: MedusaContainer,
  pointId: string,
  now = new Date()
): Promise<AvailabilityFacts> {
  const service = archiDeliveryService(container)
  const options = service.getOptions()
  const [[stored], [outage], taken] = await Promise.all([
    service.listPointStates({ point_id: pointId }),
    service.listKitchenOutages(
      { ended_at: null },
      { order: { started_at: "ASC" }, take: 1 }
    ),
    options.kitchen.slotCapacity
      ? service.slotSeatsTaken(pointId)
      : Promise.resolve(new Map<string, number>()),
  ])
  return {
    schedule: pointSchedule(options, pointId, storedHours(stored?.hours)),
    options: options.kitchen,
    now,
    stored: stored ?? null,
    outage: outage ?? null,
    taken,
  }
}

/** Hours stored by the admin route, read back through the same schema. */
export function storedHours(value: unknown) {
  if (!value) {
    return null
  }
  const parsed = scheduleSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
