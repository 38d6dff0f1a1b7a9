import { isTimeZone, zoneClockParts } from "../shared/zone-clock"

/**
 * When an admin's "until 18:00" or "until tomorrow" ends, in the shop's time
 * zone (an IANA name such as Europe/Kyiv), whatever zone the server runs in.
 * Daylight-saving days are handled by asking Intl for the zone's offset at
 * the instant in question, never by adding 24 hours.
 */

type Parts = {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

export { isTimeZone }

/** The wall-clock date and time in `timeZone` at `instant`. */
export function zonedParts(instant: Date, timeZone: string): Parts {
  const parts = zoneClockParts(instant, timeZone)
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  }
}

/** Milliseconds the zone's wall clock is ahead of UTC at `instant`. */
function offsetAt(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone)
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000
}

/**
 * The instant a wall-clock time in `timeZone` names. A time the clocks skip
 * (03:30 on a spring-forward night) is read with the offset before the jump,
 * so it lands one hour later (04:30); a time that happens twice (an autumn
 * night) is its first occurrence.
 */
export function zonedTimeToInstant(
  wall: Omit<Parts, "second"> & { second?: number },
  timeZone: string
): Date {
  const naive = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second ?? 0
  )
  // The offset a few hours before and after: around a jump they differ.
  const before = offsetAt(new Date(naive - 6 * 3_600_000), timeZone)
  const after = offsetAt(new Date(naive + 6 * 3_600_000), timeZone)
  const first = naive - before
  if (before === after) {
    return new Date(first)
  }
  const second = naive - after
  // Take the earliest candidate that really shows this wall time.
  for (const t of [Math.min(first, second), Math.max(first, second)]) {
    const p = zonedParts(new Date(t), timeZone)
    if (p.hour === wall.hour && p.minute === wall.minute) {
      return new Date(t)
    }
  }
  // Skipped by the clocks: the offset before the jump.
  return new Date(first)
}

/** The calendar day after (y, m, d), as wall-clock parts. */
function nextDay(p: Pick<Parts, "year" | "month" | "day">) {
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + 1))
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  }
}

/** "until tomorrow": the start (00:00) of the next day in the shop's zone. */
export function startOfNextDay(now: Date, timeZone: string): Date {
  const day = nextDay(zonedParts(now, timeZone))
  return zonedTimeToInstant({ ...day, hour: 0, minute: 0 }, timeZone)
}

const TIME_OF_DAY = /^([01]?\d|2[0-3]):([0-5]\d)$/

/** Reads "18:00" / "9:30"; null when it is not a time of day. */
export function readTimeOfDay(
  text: string
): { hour: number; minute: number } | null {
  const m = TIME_OF_DAY.exec(text.trim())
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null
}

/**
 * "until 18:00": that time today in the shop's zone, or tomorrow when it has
 * already passed today (an admin switching a dish off at 19:00 "until 18:00"
 * means tomorrow's 18:00). Throws on text that is not a time of day.
 */
export function nextTimeOfDay(now: Date, time: string, timeZone: string): Date {
  const t = readTimeOfDay(time)
  if (!t) {
    throw new Error(`not a time of day (HH:MM): ${time}`)
  }
  const today = zonedParts(now, timeZone)
  const at = zonedTimeToInstant({ ...today, ...t }, timeZone)
  if (at.getTime() > now.getTime()) {
    return at
  }
  return zonedTimeToInstant({ ...nextDay(today), ...t }, timeZone)
}

/** What an admin asks for when switching a dish off. */
export type SwitchOffUntil =
  | { mode: "time"; time: string }
  | { mode: "tomorrow" }
  | { mode: "at"; at: Date | string }
  | { mode: "indefinitely" }

/** The end of a switch-off, or null for "until switched back on". */
export function switchOffEnd(
  until: SwitchOffUntil,
  now: Date,
  timeZone: string
): Date | null {
  switch (until.mode) {
    case "time":
      return nextTimeOfDay(now, until.time, timeZone)
    case "tomorrow":
      return startOfNextDay(now, timeZone)
    case "at":
      return new Date(until.at)
    case "indefinitely":
      return null
  }
}
