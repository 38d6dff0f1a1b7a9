import type { KitchenOptions, Opening, Schedule } from "./options"
import { WEEKDAYS } from "./options"
import {
  DAY_MINUTES,
  exactInstantOf,
  formatNaive,
  instantOf,
  localMinuteOf,
  parseDay,
  parseNaive,
  weekdayOf,
} from "./zoned"

/**
 * The slot rules: when the kitchen is open, whether ASAP is possible now and
 * which delivery slots can be booked. Pure: `now` is always passed in.
 *
 * Hours are wall-clock times in the kitchen's zone. An opening belongs to the
 * day it starts on: 10:00-02:00 on Friday runs to 02:00 on Saturday, and an
 * exception for Saturday does not cut it short. Comparisons with `now` are
 * made between real instants, so daylight saving moves nothing.
 */

export type SlotRules = Pick<
  KitchenOptions,
  | "timeZone"
  | "slotMinutes"
  | "leadMinutes"
  | "lastOrderMinutes"
  | "horizonDays"
>

/** An opening as naive local minutes (see zoned.ts): [start, end). */
export interface Interval {
  start: number
  end: number
}

export interface Slot {
  /** Local `YYYY-MM-DD HH:MM:SS`, as the cart's `delivery_time` takes it. */
  starts_at: string
  ends_at: string
  /** The real instant of the start. */
  start: Date
}

const minuteOfDay = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number)
  return h * 60 + m
}

/** The openings a schedule gives one day: its exception's, else its weekday's. */
export function openingsOf(schedule: Schedule, day: number): Opening[] {
  const exception = schedule.exceptions.find((e) => parseDay(e.date) === day)
  if (exception) {
    return exception.hours
  }
  return schedule.weekly[WEEKDAYS[weekdayOf(day)]] ?? []
}

/** The end of an opening in minutes after its day's midnight. */
export function closingMinute(o: Opening): number {
  const open = minuteOfDay(o.open)
  const close = minuteOfDay(o.close)
  return close <= open ? close + DAY_MINUTES : close
}

/** Openings starting on days fromDay..toDay, merged where they touch. */
export function intervalsBetween(
  schedule: Schedule,
  fromDay: number,
  toDay: number
): Interval[] {
  const raw: Interval[] = []
  for (let day = fromDay; day <= toDay; day++) {
    for (const o of openingsOf(schedule, day)) {
      const base = day * DAY_MINUTES
      raw.push({
        start: base + minuteOfDay(o.open),
        end: base + closingMinute(o),
      })
    }
  }
  raw.sort((a, b) => a.start - b.start)
  const merged: Interval[] = []
  for (const i of raw) {
    const last = merged[merged.length - 1]
    if (last && i.start <= last.end) {
      last.end = Math.max(last.end, i.end)
    } else {
      merged.push({ ...i })
    }
  }
  return merged
}

export interface OpenState {
  open: boolean
  /** When the current opening ends; null when closed or without hours. */
  closes_at: Date | null
  /** The next opening's start when closed now; null when open or never. */
  next_open_at: Date | null
}

/** How far ahead the next opening is looked for. */
const SEARCH_DAYS = 21

const nowDay = (now: Date, timeZone: string) =>
  Math.floor(localMinuteOf(now, timeZone) / DAY_MINUTES)

/** Open now or not, and the next opening. Without hours: always open. */
export function openState(
  schedule: Schedule | undefined,
  rules: Pick<SlotRules, "timeZone">,
  now: Date
): OpenState {
  if (!schedule) {
    return { open: true, closes_at: null, next_open_at: null }
  }
  const day = nowDay(now, rules.timeZone)
  for (const i of intervalsBetween(schedule, day - 1, day + SEARCH_DAYS)) {
    const start = instantOf(i.start, rules.timeZone)
    const end = instantOf(i.end, rules.timeZone)
    if (end <= now) {
      continue
    }
    if (start <= now) {
      return { open: true, closes_at: end, next_open_at: null }
    }
    return { open: false, closes_at: null, next_open_at: start }
  }
  return { open: false, closes_at: null, next_open_at: null }
}

/** Whether the hours allow an ASAP order now: open, and not past the last order. */
export function asapByHours(
  schedule: Schedule | undefined,
  rules: Pick<SlotRules, "timeZone" | "lastOrderMinutes">,
  now: Date
): { ok: true } | { ok: false; reason: "closed" | "last_order" } {
  const state = openState(schedule, rules, now)
  if (!state.open) {
    return { ok: false, reason: "closed" }
  }
  if (
    state.closes_at &&
    now.getTime() >= state.closes_at.getTime() - rules.lastOrderMinutes * 60_000
  ) {
    return { ok: false, reason: "last_order" }
  }
  return { ok: true }
}

/**
 * The slots bookable now: `slotMinutes` long, starting at an opening and
 * every `slotMinutes` after it, ending by its close, starting at least
 * `leadMinutes` from now and within `horizonDays` local days from today.
 * A start skipped by the clocks going forward is no slot. Without hours there
 * are no slots: the shop takes any time, as before.
 */
export function listSlots(
  schedule: Schedule | undefined,
  rules: SlotRules,
  now: Date
): Slot[] {
  if (!schedule) {
    return []
  }
  const { timeZone, slotMinutes: step } = rules
  const today = nowDay(now, timeZone)
  const lastDay = today + rules.horizonDays - 1
  const earliest = now.getTime() + rules.leadMinutes * 60_000
  const slots: Slot[] = []
  for (const i of intervalsBetween(schedule, today - 1, lastDay)) {
    for (let s = i.start; s + step <= i.end; s += step) {
      if (Math.floor(s / DAY_MINUTES) > lastDay) {
        break
      }
      const start = exactInstantOf(s, timeZone)
      if (!start || start.getTime() < earliest) {
        continue
      }
      slots.push({
        starts_at: formatNaive(s),
        ends_at: formatNaive(s + step),
        start,
      })
    }
  }
  return slots
}

export type SlotProblem = "slot_invalid" | "slot_unavailable"

/**
 * Whether a chosen `delivery_time` (and `delivery_time_end`) names a slot
 * bookable now: null when it does, else why not. Returns the slot too.
 */
export function chosenSlot(
  schedule: Schedule | undefined,
  rules: SlotRules,
  now: Date,
  deliveryTime: unknown,
  deliveryTimeEnd?: unknown
): { slot: Slot; problem: null } | { slot: null; problem: SlotProblem } {
  const start = parseNaive(deliveryTime)
  if (start === null) {
    return { slot: null, problem: "slot_invalid" }
  }
  const startsAt = formatNaive(start)
  const slot = listSlots(schedule, rules, now).find(
    (s) => s.starts_at === startsAt
  )
  if (!slot) {
    return { slot: null, problem: "slot_unavailable" }
  }
  if (deliveryTimeEnd !== undefined && deliveryTimeEnd !== null) {
    const end = parseNaive(deliveryTimeEnd)
    if (end === null || formatNaive(end) !== slot.ends_at) {
      return { slot: null, problem: "slot_invalid" }
    }
  }
  return { slot, problem: null }
}
