import { isTimeZone, zoneClockParts } from "../shared/zone-clock"

/**
 * Wall-clock time in a time zone, read from the platform's own zone data
 * through Intl.DateTimeFormat: the offsets (and so daylight saving) are never
 * computed here, only looked up.
 *
 * A local date and time is handled as "naive minutes": minutes since
 * 1970-01-01 00:00 on a calendar without zones, so adding a day or a step is
 * plain arithmetic and only the last move to a real instant asks the zone.
 */

export { isTimeZone }

const MINUTE = 60_000
export const DAY_MINUTES = 1440

/** The naive minute of an instant's wall clock in the zone (seconds dropped). */
export function localMinuteOf(instant: Date | number, timeZone: string) {
  const parts = zoneClockParts(instant, timeZone)
  const ms = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour % 24,
    parts.minute
  )
  return Math.floor(ms / MINUTE)
}

/** The zone's offset (minutes ahead of UTC) at an instant. */
function offsetAt(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / MINUTE) * MINUTE
  return localMinuteOf(whole, timeZone) - whole / MINUTE
}

/**
 * The instant a naive local minute names, or null when that wall time does
 * not exist (skipped when the clocks go forward). A time that happens twice
 * (when the clocks go back) is its first occurrence.
 */
export function exactInstantOf(naive: number, timeZone: string): Date | null {
  const asUtc = naive * MINUTE
  // The offsets in force half a day either side cover any one transition.
  const offsets = [
    offsetAt(asUtc - 14 * 60 * MINUTE, timeZone),
    offsetAt(asUtc + 14 * 60 * MINUTE, timeZone),
  ]
  const found = offsets
    .map((o) => asUtc - o * MINUTE)
    .filter((ms) => localMinuteOf(ms, timeZone) === naive)
    .sort((a, b) => a - b)
  return found.length ? new Date(found[0]) : null
}

/**
 * Like exactInstantOf, but a skipped wall time moves forward by the gap (as
 * a clock would show it): an opening at 03:30 on the spring change opens at
 * 04:30.
 */
export function instantOf(naive: number, timeZone: string): Date {
  const exact = exactInstantOf(naive, timeZone)
  if (exact) {
    return exact
  }
  const before = offsetAt(naive * MINUTE - 14 * 60 * MINUTE, timeZone)
  return new Date(naive * MINUTE - before * MINUTE)
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0")

/** `YYYY-MM-DD HH:MM:SS` of a naive minute: the form ArchiDelivery reads. */
export function formatNaive(naive: number): string {
  const d = new Date(naive * MINUTE)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`
}

/** `YYYY-MM-DD` of a naive day number. */
export function formatDay(day: number): string {
  return formatNaive(day * DAY_MINUTES).slice(0, 10)
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/

/**
 * The naive minute of `YYYY-MM-DD HH:MM[:SS]`, or null when it is not a real
 * calendar date and time. Seconds must be zero: slots start on a minute.
 */
export function parseNaive(value: unknown): number | null {
  const m = typeof value === "string" ? value.trim().match(LOCAL) : null
  if (!m) {
    return null
  }
  const [y, mo, d, h, mi, s = 0] = m.slice(1).map((v) => Number(v ?? 0))
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s !== 0) {
    return null
  }
  const ms = Date.UTC(y, mo - 1, d, h, mi)
  const back = new Date(ms)
  if (back.getUTCDate() !== d || back.getUTCMonth() !== mo - 1) {
    return null
  }
  return ms / MINUTE
}

/** The naive day number of a `YYYY-MM-DD` date. */
export function parseDay(value: string): number | null {
  const n = parseNaive(`${value} 00:00`)
  return n === null ? null : n / DAY_MINUTES
}

/** Day of the week of a naive day number: 0 Monday … 6 Sunday. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 3) % 7) + 7) % 7
}
