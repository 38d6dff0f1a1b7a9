import {
  isTimeZone,
  nextTimeOfDay,
  readTimeOfDay,
  startOfNextDay,
  switchOffEnd,
  zonedTimeToInstant,
} from "../until-time"

const KYIV = "Europe/Kyiv"
const at = (iso: string) => new Date(iso)

describe("until 18:00 in the shop's zone", () => {
  it("is today's 18:00 in Kyiv, whatever the server's zone (summer, UTC+3)", () => {
    expect(nextTimeOfDay(at("2026-06-10T09:00:00Z"), "18:00", KYIV)).toEqual(
      at("2026-06-10T15:00:00Z")
    )
  })

  it("is in winter time too (UTC+2)", () => {
    expect(nextTimeOfDay(at("2026-01-15T09:00:00Z"), "18:00", KYIV)).toEqual(
      at("2026-01-15T16:00:00Z")
    )
  })

  it("is tomorrow's when today's has passed", () => {
    // 19:30 in Kyiv.
    expect(nextTimeOfDay(at("2026-06-10T16:30:00Z"), "18:00", KYIV)).toEqual(
      at("2026-06-11T15:00:00Z")
    )
  })

  it("counts the Kyiv day, not the UTC one, near midnight", () => {
    // 00:30 on 11 June in Kyiv is still 10 June in UTC.
    expect(nextTimeOfDay(at("2026-06-10T21:30:00Z"), "09:00", KYIV)).toEqual(
      at("2026-06-11T06:00:00Z")
    )
  })

  it("crosses the spring-forward night (29 March 2026, 03:00 → 04:00)", () => {
    // 22:00 on 28 March (UTC+2); 18:00 on 29 March is UTC+3.
    expect(nextTimeOfDay(at("2026-03-28T20:00:00Z"), "18:00", KYIV)).toEqual(
      at("2026-03-29T15:00:00Z")
    )
  })

  it("reads a time the clocks skip with the offset before the jump", () => {
    expect(
      zonedTimeToInstant(
        { year: 2026, month: 3, day: 29, hour: 3, minute: 30 },
        KYIV
      )
    ).toEqual(at("2026-03-29T01:30:00Z")) // 04:30 summer time
  })

  it("takes the first of a time that happens twice (25 October 2026)", () => {
    expect(
      zonedTimeToInstant(
        { year: 2026, month: 10, day: 25, hour: 3, minute: 30 },
        KYIV
      )
    ).toEqual(at("2026-10-25T00:30:00Z")) // 03:30 summer time, UTC+3
  })
})

describe("until tomorrow", () => {
  it("is the next day's start in Kyiv", () => {
    expect(startOfNextDay(at("2026-06-10T12:00:00Z"), KYIV)).toEqual(
      at("2026-06-10T21:00:00Z")
    )
  })

  it("is 23 hours away on the spring-forward day and 25 on the autumn one", () => {
    const spring = startOfNextDay(at("2026-03-28T22:30:00Z"), KYIV) // 00:30 on the 29th
    expect(spring).toEqual(at("2026-03-29T21:00:00Z"))
    const springDay = spring.getTime() - at("2026-03-28T22:00:00Z").getTime()
    expect(springDay / 3_600_000).toBe(23)
    const autumn = startOfNextDay(at("2026-10-25T12:00:00Z"), KYIV)
    expect(autumn).toEqual(at("2026-10-25T22:00:00Z"))
    expect(
      (autumn.getTime() - at("2026-10-24T21:00:00Z").getTime()) / 3_600_000
    ).toBe(25)
  })

  it("follows the configured zone", () => {
    expect(startOfNextDay(at("2026-06-10T12:00:00Z"), "UTC")).toEqual(
      at("2026-06-11T00:00:00Z")
    )
  })
})

describe("switchOffEnd and its parts", () => {
  const now = at("2026-06-10T09:00:00Z")

  it("gives each mode's end", () => {
    expect(switchOffEnd({ mode: "time", time: "18:00" }, now, KYIV)).toEqual(
      at("2026-06-10T15:00:00Z")
    )
    expect(switchOffEnd({ mode: "tomorrow" }, now, KYIV)).toEqual(
      at("2026-06-10T21:00:00Z")
    )
    expect(
      switchOffEnd({ mode: "at", at: "2026-06-10T10:00:00Z" }, now, KYIV)
    ).toEqual(at("2026-06-10T10:00:00Z"))
    expect(switchOffEnd({ mode: "indefinitely" }, now, KYIV)).toBeNull()
  })

  it("reads times of day and time zones", () => {
    expect(readTimeOfDay("9:30")).toEqual({ hour: 9, minute: 30 })
    expect(readTimeOfDay("24:00")).toBeNull()
    expect(() => nextTimeOfDay(now, "6pm", KYIV)).toThrow("HH:MM")
    expect(isTimeZone("Europe/Kyiv")).toBe(true)
    expect(isTimeZone("Mars/Olympus")).toBe(false)
  })
})
