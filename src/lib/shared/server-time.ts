/**
 * Reads a date-time as ArchiDelivery writes it (`FormatORDERDATETIME`,
 * `ORDERDATETIME`). The server is a Windows PC that formats dates by its
 * locale, so besides `2026-11-28 18:05:33` it may write `28.11.2026 18:05`
 * (Ukrainian and Russian locales), `28.11.2026 18:05:33`, `28/11/2026 18:05`
 * or an ISO form with `T`, fractions and a zone.
 *
 * Forms without a zone are read as UTC wall-clock time: callers allow a day
 * of slack for the server's zone. Null for anything else (a date we cannot
 * read is never taken as old or new).
 */
export function parseServerTime(value: unknown): number | null {
  if (typeof value !== "string") {
    return null
  }
  const s = value.trim()
  const time = "(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,6}))?)?)?"
  const iso = s.match(
    new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${time}\\s*(Z|[+-]\\d{2}:?\\d{2})?$`)
  )
  const dotted = s.match(
    new RegExp(`^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})[,]?${time}$`)
  )
  let parts: number[]
  let zone: string | undefined
  if (iso) {
    parts = [+iso[1], +iso[2], +iso[3], ...clock(iso.slice(4, 8))]
    zone = iso[8]
  } else if (dotted) {
    parts = [+dotted[3], +dotted[2], +dotted[1], ...clock(dotted.slice(4, 8))]
  } else {
    return null
  }
  const [y, mo, d, h, mi, sec, ms] = parts
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59) {
    return null
  }
  const at = Date.UTC(y, mo - 1, d, h, mi, sec, ms)
  // 31.02 rolls over into March: not a date.
  if (new Date(at).getUTCDate() !== d) {
    return null
  }
  return zone ? at - zoneOffsetMs(zone) : at
}

function clock(m: (string | undefined)[]): number[] {
  const [h, mi, sec, frac] = m
  return [
    h ? +h : 0,
    mi ? +mi : 0,
    sec ? +sec : 0,
    frac ? Math.floor(+`0.${frac}` * 1000) : 0,
  ]
}

function zoneOffsetMs(zone: string): number {
  if (zone === "Z") {
    return 0
  }
  const m = zone.match(/^([+-])(\d{2}):?(\d{2})$/)!
  const minutes = +m[2] * 60 + +m[3]
  return (m[1] === "-" ? -1 : 1) * minutes * 60_000
}
