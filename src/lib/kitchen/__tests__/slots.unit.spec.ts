import { availability, kitchenProblem } from "../availability"
import { kitchenMessage, kitchenLanguage } from "../messages"
import {
  kitchenOptionsSchema,
  type KitchenOptionsInput,
  type Schedule,
  type ScheduleInput,
  scheduleSchema,
} from "../options"
import { asapByHours, chosenSlot, listSlots, openState } from "../slots"
import { kitchenView } from "../state"
import { exactInstantOf, instantOf, localMinuteOf, parseNaive } from "../zoned"

const TZ = "Europe/Kyiv"
const opts = (o: KitchenOptionsInput = {}) => kitchenOptionsSchema.parse(o)
const schedule = (s: ScheduleInput): Schedule => scheduleSchema.parse(s)
const kyiv = (local: string) => instantOf(parseNaive(local)!, TZ)

const everyDay = (open: string, close: string) =>
  Object.fromEntries(
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [
      d,
      [{ open, close }],
    ])
  )

describe("the kitchen's clock", () => {
  it("knows both 2026 daylight-saving changes in Kyiv", () => {
    // 29 March 03:00 does not exist; 25 October 03:00-04:00 happens twice.
    expect(exactInstantOf(parseNaive("2026-03-29 03:30")!, TZ)).toBeNull()
    expect(instantOf(parseNaive("2026-03-29 03:30")!, TZ).toISOString()).toBe(
      "2026-03-29T01:30:00.000Z"
    )
    expect(kyiv("2026-10-25 03:30").toISOString()).toBe(
      "2026-10-25T00:30:00.000Z"
    )
    expect(kyiv("2026-07-01 12:00").toISOString()).toBe(
      "2026-07-01T09:00:00.000Z"
    )
    expect(kyiv("2026-12-01 12:00").toISOString()).toBe(
      "2026-12-01T10:00:00.000Z"
    )
  })

  it("rejects dates that are not on the calendar", () => {
    expect(parseNaive("2026-02-30 10:00:00")).toBeNull()
    expect(parseNaive("2026-02-28 24:00:00")).toBeNull()
    expect(parseNaive("2026-02-28 10:00:30")).toBeNull()
    expect(parseNaive("tomorrow")).toBeNull()
  })
})

describe("opening hours", () => {
  const hours = schedule({
    weekly: everyDay("10:00", "22:00"),
    exceptions: [
      { date: "2026-12-31", hours: [{ open: "10:00", close: "16:00" }] },
      { date: "2027-01-01" },
    ],
  })

  it("is open inside the hours and closed at the closing minute", () => {
    expect(openState(hours, opts(), kyiv("2026-12-02 10:00")).open).toBe(true)
    expect(openState(hours, opts(), kyiv("2026-12-02 21:59")).open).toBe(true)
    const closed = openState(hours, opts(), kyiv("2026-12-02 22:00"))
    expect(closed.open).toBe(false)
    expect(closed.next_open_at?.toISOString()).toBe(
      kyiv("2026-12-03 10:00").toISOString()
    )
  })

  it("follows exceptions: a short day and a closed day", () => {
    expect(openState(hours, opts(), kyiv("2026-12-31 16:30")).open).toBe(false)
    expect(
      openState(hours, opts(), kyiv("2026-12-31 16:30")).next_open_at
    ).toEqual(kyiv("2027-01-02 10:00"))
  })

  it("stops ASAP orders at the last-order time", () => {
    const o = opts({ lastOrderMinutes: 30 })
    expect(asapByHours(hours, o, kyiv("2026-12-02 21:29")).ok).toBe(true)
    expect(asapByHours(hours, o, kyiv("2026-12-02 21:30"))).toEqual({
      ok: false,
      reason: "last_order",
    })
  })

  it("runs overnight hours past midnight into the next day", () => {
    const night = schedule({
      weekly: { fri: [{ open: "10:00", close: "02:00" }] },
    })
    // 2026-12-04 is a Friday.
    expect(openState(night, opts(), kyiv("2026-12-05 01:59")).open).toBe(true)
    expect(openState(night, opts(), kyiv("2026-12-05 02:00")).open).toBe(false)
    expect(openState(night, opts(), kyiv("2026-12-04 09:59")).open).toBe(false)
  })

  it("is always open without hours, as before", () => {
    const a = availability({
      schedule: undefined,
      options: opts(),
      now: new Date(),
    })
    expect(a).toMatchObject({
      open: true,
      asap: { available: true, eta_minutes: 45 },
      slots: [],
    })
    expect(
      kitchenProblem(
        { schedule: undefined, options: opts(), now: new Date() },
        { delivery_time: "2020-01-01 03:00:00" }
      ).problem
    ).toBeNull()
  })
})

describe("slots", () => {
  const hours = schedule({ weekly: everyDay("10:00", "22:00") })

  it("start after the lead time, on the step, and end by closing", () => {
    const o = opts({ slotMinutes: 30, leadMinutes: 45, horizonDays: 1 })
    const slots = listSlots(hours, o, kyiv("2026-12-02 20:20"))
    expect(slots.map((s) => s.starts_at)).toEqual(["2026-12-02 21:30:00"])
    expect(slots[0].ends_at).toBe("2026-12-02 22:00:00")
  })

  it("accepts a listed slot and refuses an unlisted or malformed one", () => {
    const o = opts()
    const now = kyiv("2026-12-02 12:00")
    expect(chosenSlot(hours, o, now, "2026-12-02 13:00:00").problem).toBeNull()
    expect(
      chosenSlot(hours, o, now, "2026-12-02 13:00:00", "2026-12-02 13:30:00")
        .problem
    ).toBeNull()
    expect(chosenSlot(hours, o, now, "2026-12-02 12:30:00").problem).toBe(
      "slot_unavailable"
    )
    expect(chosenSlot(hours, o, now, "2026-12-02 13:10:00").problem).toBe(
      "slot_unavailable"
    )
    expect(chosenSlot(hours, o, now, "2026-12-02 23:00:00").problem).toBe(
      "slot_unavailable"
    )
    expect(chosenSlot(hours, o, now, "13:00").problem).toBe("slot_invalid")
    expect(
      chosenSlot(hours, o, now, "2026-12-02 13:00:00", "2026-12-02 14:00:00")
        .problem
    ).toBe("slot_invalid")
  })

  it("counts capacity and refuses a full slot", () => {
    const o = opts({ slotCapacity: 2 })
    const now = kyiv("2026-12-02 12:00")
    const taken = new Map([["2026-12-02 13:00:00", 2]])
    const a = availability({ schedule: hours, options: o, now, taken })
    expect(a.slots.find((s) => s.starts_at === "2026-12-02 13:00:00")).toEqual({
      starts_at: "2026-12-02 13:00:00",
      ends_at: "2026-12-02 13:30:00",
      capacity_left: 0,
    })
    expect(
      kitchenProblem(
        { schedule: hours, options: o, now, taken },
        { delivery_time: "2026-12-02 13:00:00" }
      ).problem
    ).toEqual({ code: "slot_full" })
  })
})

describe("busy, paused and offline", () => {
  const now = new Date("2026-12-02T10:00:00Z")
  it("adds the busy delay to the ASAP estimate until its end", () => {
    const stored = {
      state: "busy" as const,
      delay_minutes: 20,
      until: new Date("2026-12-02T11:00:00Z"),
    }
    expect(
      availability({ schedule: undefined, options: opts(), now, stored }).asap
    ).toEqual({
      available: true,
      eta_minutes: 65,
      reason: null,
    })
    const later = new Date("2026-12-02T11:00:00Z")
    expect(kitchenView(stored, null, 10, later).state).toBe("online")
  })

  it("refuses ASAP while paused", () => {
    const a = availability({
      schedule: undefined,
      options: opts(),
      now,
      stored: { state: "paused" },
    })
    expect(a.asap).toEqual({
      available: false,
      eta_minutes: null,
      reason: "paused",
    })
  })

  it("warns while offline, and refuses ASAP only with the option", () => {
    const outage = { started_at: new Date("2026-12-02T09:45:00Z") }
    const warned = availability({
      schedule: undefined,
      options: opts(),
      now,
      outage,
    })
    expect(warned.kitchen).toMatchObject({
      state: "offline",
      warning: "offline",
      offline_since: "2026-12-02T09:45:00.000Z",
    })
    expect(warned.asap.available).toBe(true)
    const refused = availability({
      schedule: undefined,
      options: opts({ offlineRefusesAsap: true }),
      now,
      outage,
    })
    expect(refused.asap.reason).toBe("offline")
    const brief = availability({
      schedule: undefined,
      options: opts({ offlineAfterMinutes: 30 }),
      now,
      outage,
    })
    expect(brief.kitchen.state).toBe("online")
  })
})

describe("options", () => {
  it("name the bad field", () => {
    const r = kitchenOptionsSchema.safeParse({
      timeZone: "Mars/Base",
      hours: {
        weekly: { mon: [{ open: "25:00", close: "10:00" }] },
        exceptions: [{ date: "2026-02-30" }],
      },
    })
    expect(r.success).toBe(false)
    const paths = r.error!.issues.map(
      (i) => `${i.path.join(".")}: ${i.message}`
    )
    expect(paths).toEqual(
      expect.arrayContaining([
        "timeZone: an IANA time zone such as Europe/Kyiv",
        "hours.weekly.mon.0.open: a time HH:MM such as 10:00",
        "hours.exceptions.0.date: a date YYYY-MM-DD such as 2026-12-31",
      ])
    )
  })
})

describe("refusals", () => {
  it("speak the customer's language", () => {
    expect(kitchenLanguage({ locale: "ru-RU" })).toBe("ru")
    expect(kitchenLanguage({ metadata: { locale: "en" } })).toBe("en")
    expect(kitchenLanguage({})).toBe("uk")
    const p = {
      code: "closed" as const,
      next_open_at: "2026-12-03T08:00:00.000Z",
    }
    expect(kitchenMessage(p, "en", TZ)).toBe(
      "The kitchen is closed now and opens at 2026-12-03 10:00: choose a delivery time (metadata.delivery_time) or order later"
    )
    expect(kitchenMessage(p, "uk", TZ)).toContain(
      "відкриється 2026-12-03 10:00"
    )
    expect(kitchenMessage(p, "ru", TZ)).toContain("откроется 2026-12-03 10:00")
  })
})

it("localMinuteOf reads the zone's wall clock", () => {
  expect(localMinuteOf(new Date("2026-12-02T10:00:00Z"), TZ)).toBe(
    parseNaive("2026-12-02 12:00")
  )
})

describe("points", () => {
  const { cartPointId, pointSchedule, kitchenPoints } = jest.requireActual(
    "../points"
  ) as typeof import("../points")
  const hours = schedule({ weekly: everyDay("10:00", "22:00") })
  const own = schedule({ weekly: everyDay("08:00", "20:00") })
  const options = {
    pointId: "5",
    delivery: { points: [{ id: "7", name: "Поділ", hours: own }] },
    kitchen: opts({ hours }),
  }

  it("cooks a pickup at its point and a courier order at the shop's", () => {
    expect(
      cartPointId({ shipping_methods: [{ data: { point_id: "7" } }] }, options)
    ).toBe("7")
    expect(cartPointId({ shipping_methods: [{ data: {} }] }, options)).toBe("5")
    expect(cartPointId({}, {})).toBe("default")
  })

  it("gives a courier cart the point of its address's delivery zone", () => {
    const zones = [
      {
        id: "centre",
        name: "Центр",
        priority: 0,
        fee: 0,
        pointId: "10",
        circle: { center: [30.52, 50.45] as [number, number], radius_m: 3000 },
      },
    ]
    const inside = { metadata: { lat: 50.45, lng: 30.52 } }
    const outside = { metadata: { lat: 49.0, lng: 30.52 } }
    const withZones = { pointId: "5", delivery: { zones } }
    expect(
      cartPointId(
        { shipping_methods: [{ data: {} }], shipping_address: inside },
        withZones
      )
    ).toBe("10")
    expect(cartPointId({ shipping_address: outside }, withZones)).toBe("5")
    // A pickup names its point, whatever the address.
    expect(
      cartPointId(
        {
          shipping_methods: [{ data: { point_id: "7" } }],
          shipping_address: inside,
        },
        withZones
      )
    ).toBe("7")
  })

  it("uses a point's own hours, else the kitchen's", () => {
    expect(pointSchedule(options, "7")).toBe(own)
    expect(pointSchedule(options, "5")).toEqual(hours)
    expect(kitchenPoints(options).map((p) => p.id)).toEqual(["5", "7"])
  })
})

describe("staff notices", () => {
  const { staffNotice } = jest.requireActual(
    "../notices"
  ) as typeof import("../notices")
  it("say what happened, what to do and link to the order", () => {
    const n = staffNotice({
      kind: "order_failed",
      order_id: "order_1",
      display_id: 12,
      error: "unknown dish",
      admin_url: "https://shop.example/app/",
    })
    expect(n.url).toBe("https://shop.example/app/orders/order_1")
    expect(n.title).toBe("Order #12 did not reach the kitchen")
    expect(n.description).toContain("press Retry")
    expect(n.texts.uk.title).toBe("Замовлення #12 не дійшло до кухні")
    expect(n.texts.ru.title).toBe("Заказ #12 не дошёл до кухни")
    expect(
      staffNotice({ kind: "kitchen_offline", admin_url: "/app" }).url
    ).toBe("/app/settings/archidelivery")
  })
})
