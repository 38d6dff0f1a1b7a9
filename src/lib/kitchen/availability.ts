import type { KitchenOptions, Schedule } from "./options"
import { asapByHours, chosenSlot, listSlots, openState } from "./slots"
import {
  kitchenView,
  type KitchenView,
  type OutageFacts,
  type StoredPointState,
} from "./state"

/**
 * What the storefront is told for a cart (`GET /store/archidelivery/availability`)
 * and what cart completion checks again: the same function, so the two
 * never disagree.
 */

export interface AvailabilityFacts {
  schedule: Schedule | undefined
  options: KitchenOptions
  now: Date
  stored?: StoredPointState | null
  outage?: OutageFacts | null
  /** Orders already booked per slot start (`YYYY-MM-DD HH:MM:SS`). */
  taken?: ReadonlyMap<string, number>
}

export interface Availability {
  open: boolean
  next_open_at: string | null
  kitchen: KitchenView & {
    /** Set while offline and orders are still taken: tell the customer. */
    warning: "offline" | null
  }
  asap: {
    available: boolean
    eta_minutes: number | null
    /** Why not, when not available. */
    reason: AsapProblem | null
  }
  slots: { starts_at: string; ends_at: string; capacity_left: number | null }[]
}

export type AsapProblem = "closed" | "last_order" | "paused" | "offline"

export function availability(facts: AvailabilityFacts): Availability {
  const { schedule, options, now } = facts
  const open = openState(schedule, options, now)
  const kitchen = kitchenView(
    facts.stored,
    facts.outage,
    options.offlineAfterMinutes,
    now
  )
  const hours = asapByHours(schedule, options, now)
  const reason: AsapProblem | null = !hours.ok
    ? hours.reason
    : kitchen.state === "paused"
      ? "paused"
      : kitchen.state === "offline" && options.offlineRefusesAsap
        ? "offline"
        : null
  const capacity = options.slotCapacity
  return {
    open: open.open,
    next_open_at: open.next_open_at?.toISOString() ?? null,
    kitchen: {
      ...kitchen,
      warning:
        kitchen.state === "offline" && !options.offlineRefusesAsap
          ? "offline"
          : null,
    },
    asap: {
      available: reason === null,
      eta_minutes:
        reason === null ? options.asapMinutes + kitchen.delay_minutes : null,
      reason,
    },
    slots: listSlots(schedule, options, now).map((s) => ({
      starts_at: s.starts_at,
      ends_at: s.ends_at,
      capacity_left:
        capacity === undefined
          ? null
          : Math.max(0, capacity - (facts.taken?.get(s.starts_at) ?? 0)),
    })),
  }
}

export type KitchenProblem =
  | { code: AsapProblem; next_open_at: string | null }
  | { code: "slot_invalid" | "slot_unavailable" | "slot_full" }

/**
 * Why a cart cannot be completed now, or null. `delivery_time` absent =
 * ASAP. Without hours a chosen time is taken as it is (as before); the
 * admin's pause and the offline option still hold for ASAP.
 */
export function kitchenProblem(
  facts: AvailabilityFacts,
  metadata: Record<string, unknown> | null | undefined
): { problem: KitchenProblem | null; slot: string | null } {
  const time = metadata?.delivery_time
  if (time === undefined || time === null || time === "") {
    const a = availability({ ...facts, schedule: facts.schedule })
    return {
      problem: a.asap.reason
        ? { code: a.asap.reason, next_open_at: a.next_open_at }
        : null,
      slot: null,
    }
  }
  if (!facts.schedule) {
    return { problem: null, slot: null }
  }
  const chosen = chosenSlot(
    facts.schedule,
    facts.options,
    facts.now,
    time,
    metadata?.delivery_time_end
  )
  if (chosen.problem) {
    return { problem: { code: chosen.problem }, slot: null }
  }
  const capacity = facts.options.slotCapacity
  const taken = facts.taken?.get(chosen.slot.starts_at) ?? 0
  if (capacity !== undefined && taken >= capacity) {
    return { problem: { code: "slot_full" }, slot: chosen.slot.starts_at }
  }
  return { problem: null, slot: chosen.slot.starts_at }
}
