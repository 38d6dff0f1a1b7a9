/**
 * The one reader of a time zone's wall clock: Intl.DateTimeFormat with the
 * platform's own zone data, so offsets (and daylight saving) are looked up,
 * never computed. One cached formatter per zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

export function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** True when the platform knows this IANA zone name. */
export function isTimeZone(timeZone: string): boolean {
  try {
    zoneFormatter(timeZone)
    return true
  } catch {
    return false
  }
}

/** The wall-clock fields of an instant in the zone, as numbers. */
export function zoneClockParts(
  instant: Date | number,
  timeZone: string
): Record<string, number> {
  const parts: Record<string, number> = {}
  for (const p of zoneFormatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== "literal") {
      parts[p.type] = Number(p.value)
    }
  }
  return parts
}
