import { availability } from "../availability"
import {
  kitchenOptionsSchema,
  scheduleSchema,
  WEEKDAYS,
  type Schedule,
  type ScheduleInput,
} from "../options"
import { chosenSlot, listSlots } from "../slots"
import {
  DAY_MINUTES,
  exactInstantOf,
  instantOf,
  localMinuteOf,
  parseDay,
  parseNaive,
} from "../zoned"

/**
 * The slot rules against a plain oracle over thousands of generated times:
 * the oracle reads the kitchen's wall clock at an instant and checks the
 * hours as a person would, so any disagreement is a bug in one of them.
 */

const TZ = "Europe/Kyiv"
const MIN = 60_000

// A small deterministic generator: the same times on every run.
function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const hm = (s: string) => {
  const [h, m] = s.split(":").map(Number)
  return h * 60 + m
}

/** Open at this instant, by the wall clock: the day's own hours, or last night's spill. */
function isOpenAt(schedule: Schedule, at: Date): boolean {
  const local = localMinuteOf(at, TZ)
  const day = Math.floor(local / DAY_MINUTES)
  const minute = local - day * DAY_MINUTES
  const hoursOf = (d: number) => {
    const ex = schedule.exceptions.find((e) => parseDay(e.date) === d)
    if (ex) return ex.hours
    const weekday = WEEKDAYS[(((d + 3) % 7) + 7) % 7]
    return schedule.weekly[weekday] ?? []
  }
  const today = hoursOf(day).some((o) => {
    const open = hm(o.open)
    const close = hm(o.close)
    const end = close <= open ? DAY_MINUTES : close
    return minute >= open && minute < end
  })
  const spill = hoursOf(day - 1).some((o) => {
    const open = hm(o.open)
    const close = hm(o.close)
    return close <= open && minute < close
  })
  return today || spill
}

const week = (hours: { open: string; close: string }[]) =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, hours]))

const SCHEDULES: ScheduleInput[] = [
  { weekly: week([{ open: "10:00", close: "22:00" }]) },
  { weekly: week([{ open: "10:00", close: "02:00" }]) },
  { weekly: week([{ open: "00:00", close: "24:00" }]) },
  {
    weekly: {
      ...week([
        { open: "08:00", close: "12:00" },
        { open: "14:00", close: "03:30" },
      ]),
      sun: [{ open: "02:00", close: "05:00" }],
    },
  },
  {
    weekly: week([{ open: "11:00", close: "23:00" }]),
    exceptions: [
      { date: "2026-03-29", hours: [{ open: "01:00", close: "06:00" }] },
      { date: "2026-10-25", hours: [{ open: "02:00", close: "05:00" }] },
      { date: "2026-12-31", hours: [{ open: "10:00", close: "16:00" }] },
      { date: "2027-01-01" },
      { date: "2027-03-28" },
      { date: "2027-10-31", hours: [{ open: "00:00", close: "24:00" }] },
    ],
  },
]

// Days worth hitting: both changes each year, new year, and ordinary days.
const HOT_DAYS = [
  "2026-03-28",
  "2026-03-29",
  "2026-10-24",
  "2026-10-25",
  "2026-12-31",
  "2027-01-01",
  "2027-03-28",
  "2027-10-31",
  "2026-06-15",
  "2026-12-02",
]
const HOT_MINUTES = [
  0, 1, 59, 60, 119, 120, 179, 180, 209, 210, 239, 240, 299, 300, 659, 660, 959,
  960, 1319, 1320, 1379, 1380, 1439,
]

describe("slot rules, property-style", () => {
  const random = rng(20261202)
  const cases: { now: Date; schedule: Schedule; raw: number }[] = []
  for (let n = 0; n < 2000; n++) {
    const raw = n % SCHEDULES.length
    const schedule = scheduleSchema.parse(SCHEDULES[raw])
    let now: Date
    if (random() < 0.6) {
      const day = parseDay(HOT_DAYS[Math.floor(random() * HOT_DAYS.length)])!
      const minute =
        random() < 0.5
          ? HOT_MINUTES[Math.floor(random() * HOT_MINUTES.length)]
          : Math.floor(random() * DAY_MINUTES)
      now = instantOf(day * DAY_MINUTES + minute, TZ)
      // Sometimes the same wall minute's second occurrence (autumn change).
      if (random() < 0.2) now = new Date(now.getTime() + 60 * MIN)
    } else {
      const from = Date.UTC(2026, 0, 1)
      now = new Date(from + Math.floor(random() * 730 * DAY_MINUTES) * MIN)
    }
    cases.push({ now, schedule, raw })
  }

  it("offers only slots that are open, exist, respect lead time, step and horizon; and every such slot", () => {
    const violations: string[] = []
    const steps = [15, 30, 60]
    cases.forEach(({ now, schedule }, n) => {
      const options = kitchenOptionsSchema.parse({
        slotMinutes: steps[n % 3],
        leadMinutes: [0, 30, 45, 90][n % 4],
        lastOrderMinutes: [0, 15, 30][n % 3],
        horizonDays: 1 + (n % 2),
        hours: undefined,
      })
      const step = options.slotMinutes
      const slots = listSlots(schedule, options, now)
      const earliest = now.getTime() + options.leadMinutes * MIN
      const today = Math.floor(localMinuteOf(now, TZ) / DAY_MINUTES)
      const lastDay = today + options.horizonDays - 1
      const offered = new Set<string>()
      let previous = -Infinity
      for (const s of slots) {
        const start = parseNaive(s.starts_at)!
        const why = (m: string) =>
          violations.push(`${now.toISOString()} ${s.starts_at}: ${m}`)
        if (offered.has(s.starts_at)) why("offered twice")
        offered.add(s.starts_at)
        if (s.start.getTime() <= previous) why("out of order")
        previous = s.start.getTime()
        if (localMinuteOf(s.start, TZ) !== start) why("start not on the clock")
        if (s.start.getTime() < earliest) why("inside the lead time")
        if (start % step !== 0) why("not on the step")
        if (parseNaive(s.ends_at)! - start !== step) why("wrong length")
        if (Math.floor(start / DAY_MINUTES) > lastDay) why("past the horizon")
        if (!isOpenAt(schedule, s.start)) why("starts while closed")
        const lastMinute = new Date(
          instantOf(parseNaive(s.ends_at)!, TZ).getTime() - MIN
        )
        if (!isOpenAt(schedule, lastMinute)) why("ends after closing")
      }
      // Completeness: every start on the step that the oracle accepts is offered.
      for (
        let c = today * DAY_MINUTES;
        c <= (lastDay + 1) * DAY_MINUTES;
        c += step
      ) {
        if (Math.floor(c / DAY_MINUTES) > lastDay) break
        const start = exactInstantOf(c, TZ)
        const ok =
          start !== null &&
          start.getTime() >= earliest &&
          isOpenAt(schedule, start) &&
          isOpenAt(
            schedule,
            new Date(instantOf(c + step, TZ).getTime() - MIN)
          ) &&
          isOpenAt(schedule, new Date(start.getTime() + (step / 2) * MIN))
        const label =
          new Date(c * MIN).toISOString().slice(0, 16).replace("T", " ") + ":00"
        if (ok !== offered.has(label)) {
          violations.push(
            `${now.toISOString()} ${label}: oracle ${ok}, offered ${!ok}`
          )
        }
      }
      // Checkout agrees with the list (sampled: it lists the slots again).
      if (n % 40 === 0) {
        for (const s of slots.slice(0, 3)) {
          if (
            chosenSlot(schedule, options, now, s.starts_at, s.ends_at).problem
          )
            violations.push(
              `${now.toISOString()} ${s.starts_at}: checkout refuses a listed slot`
            )
        }
      }
      // ASAP: possible only while open and not within the last-order time.
      const a = availability({ schedule, options, now })
      const openNow = isOpenAt(schedule, now)
      if (a.open !== openNow)
        violations.push(
          `${now.toISOString()}: open ${a.open}, oracle ${openNow}`
        )
      const L = options.lastOrderMinutes
      const openAtLast =
        L === 0
          ? openNow
          : isOpenAt(schedule, new Date(now.getTime() + L * MIN))
      if (a.asap.available && !(openNow && openAtLast))
        violations.push(`${now.toISOString()}: ASAP past the last order`)
      if (!a.asap.available && a.asap.reason === "closed" && openNow)
        violations.push(`${now.toISOString()}: called closed while open`)
      if (a.asap.reason === "last_order" && openAtLast && L > 0)
        violations.push(`${now.toISOString()}: last order while open past it`)
      if (!a.open && a.next_open_at) {
        const next = new Date(a.next_open_at)
        if (
          !isOpenAt(schedule, next) ||
          isOpenAt(schedule, new Date(next.getTime() - MIN))
        )
          violations.push(
            `${now.toISOString()}: next opening ${a.next_open_at} is no opening`
          )
      }
    })
    expect(violations.slice(0, 20)).toEqual([])
    expect(cases.length).toBe(2000)
  })
})
