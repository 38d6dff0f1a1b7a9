import {
  adminSwitchOffHolds,
  availabilityOf,
  menuActiveChanges,
  readActiveFlag,
} from "../availability"
import { readRow } from "../menu-row"
import { availabilitySyncDue } from "../sync-schedule"

const NOW = new Date("2026-06-10T12:00:00Z")

describe("readActiveFlag", () => {
  it.each([
    [1, true],
    [0, false],
    [true, true],
    [false, false],
    ["1", true],
    ["0", false],
    [" 0 ", false],
    ["true", true],
    ["FALSE", false],
    ["N", false],
    ["yes", true],
  ])("reads %p as active=%p", (value, active) => {
    expect(readActiveFlag(value)).toEqual({ active, unreadable: false })
  })

  it("takes an absent or empty flag as available", () => {
    for (const v of [undefined, null, "", "  "]) {
      expect(readActiveFlag(v)).toEqual({ active: true, unreadable: false })
    }
  })

  it("never hides a dish on a value it does not understand", () => {
    for (const v of [2, -1, "off?", {}, []]) {
      expect(readActiveFlag(v)).toEqual({ active: true, unreadable: true })
    }
  })
})

describe("readRow reads the flag under menuFields.active", () => {
  const fields = {
    id: "ID",
    name: "NAME",
    price: "PRICE",
    weight: "WEIGHT",
    group: "MGNAME",
  }
  const row = { ID: 1, NAME: "Тірамісу", PRICE: 119 }

  it("defaults to ACTIVE and to available when absent", () => {
    expect(readRow({ ...row, ACTIVE: "0" }, fields)).toMatchObject({
      item: { active: false },
    })
    expect(readRow(row, fields)).toMatchObject({ item: { active: true } })
  })

  it("uses the configured field", () => {
    expect(
      readRow({ ...row, ACTIVE: 0, ISSTOP: 0 }, { ...fields, active: "ISSTOP" })
    ).toMatchObject({ item: { active: false } })
  })
})

describe("availabilityOf", () => {
  it("is available with nothing set (a link made before the columns)", () => {
    expect(availabilityOf({}, NOW)).toEqual({
      available: true,
      reason: null,
      until: null,
    })
  })

  it("says why, the kitchen's flag first", () => {
    expect(
      availabilityOf(
        { menu_active: false, missing: true, admin_unavailable: true },
        NOW
      ).reason
    ).toBe("menu_inactive")
    expect(availabilityOf({ missing: true }, NOW).reason).toBe("missing")
    expect(
      availabilityOf({ missing: true }, NOW, { missingIsUnavailable: false })
        .available
    ).toBe(true)
  })

  it("ends an admin's switch-off by itself when its time passes", () => {
    const until = new Date("2026-06-10T15:00:00Z")
    const state = { admin_unavailable: true, unavailable_until: until }
    expect(availabilityOf(state, NOW)).toEqual({
      available: false,
      reason: "admin",
      until,
    })
    expect(availabilityOf(state, new Date("2026-06-10T15:00:00Z"))).toEqual({
      available: true,
      reason: null,
      until: null,
    })
    expect(
      adminSwitchOffHolds(
        { admin_unavailable: true, unavailable_until: until.toISOString() },
        NOW
      )
    ).toBe(true)
  })

  it("keeps a switch-off without an end until switched back on", () => {
    expect(
      availabilityOf(
        { admin_unavailable: true, unavailable_until: null },
        new Date("2100-01-01")
      ).available
    ).toBe(false)
  })
})

describe("menuActiveChanges", () => {
  it("lists only links whose flag changed, leaving rows the menu does not name", () => {
    const links = [
      { id: "a", archidelivery_id: "1", menu_active: true },
      { id: "b", archidelivery_id: "2", menu_active: false },
      { id: "c", archidelivery_id: "3", menu_active: true },
      { id: "d", archidelivery_id: "4", menu_active: false },
    ]
    expect(
      menuActiveChanges(links, [
        { archidelivery_id: "1", active: false },
        { archidelivery_id: "2", active: true },
        { archidelivery_id: "3", active: true },
      ])
    ).toEqual({ off: ["a"], on: ["b"] })
  })
})

describe("availabilitySyncDue", () => {
  it("runs every n minutes on the clock, and never at 0", () => {
    const at = (iso: string) => new Date(iso)
    expect(availabilitySyncDue(at("2026-06-10T12:05:00Z"), 5)).toBe(true)
    expect(availabilitySyncDue(at("2026-06-10T12:05:02Z"), 5)).toBe(true)
    expect(availabilitySyncDue(at("2026-06-10T12:06:00Z"), 5)).toBe(false)
    expect(availabilitySyncDue(at("2026-06-10T12:06:00Z"), 1)).toBe(true)
    expect(availabilitySyncDue(at("2026-06-10T12:05:00Z"), 0)).toBe(false)
  })
})
