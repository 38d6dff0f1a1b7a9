import { formatPhone, normalizePhone, phoneLookupForms } from "../phone"

describe("phones", () => {
  it("normalises the ways Ukrainian customers write a phone to E.164", () => {
    for (const raw of [
      "0671234567",
      "067-123-45-67",
      "+380 67 123 45 67",
      "380671234567",
      " (067) 123 45 67 ",
    ]) {
      expect(normalizePhone(raw, "UA")).toBe("+380671234567")
    }
  })

  it("keeps foreign numbers written with their country code", () => {
    expect(normalizePhone("+7 (955) 555-55-55", "UA")).toBe("+79555555555")
  })

  it("rejects what is not a phone", () => {
    expect(normalizePhone("12", "UA")).toBeNull()
    expect(normalizePhone("", "UA")).toBeNull()
    expect(normalizePhone(null, "UA")).toBeNull()
    expect(normalizePhone("телефон", "UA")).toBeNull()
  })

  it("writes each configured outgoing format", () => {
    expect(formatPhone("+380671234567", "digits")).toBe("380671234567")
    expect(formatPhone("+380671234567", "e164")).toBe("+380671234567")
    expect(formatPhone("+380671234567", "national")).toBe("067 123 4567")
    expect(formatPhone("+380671234567", "international")).toBe(
      "+380 67 123 4567"
    )
  })

  it("looks up the configured format first, then digits-only forms", () => {
    expect(phoneLookupForms("+380671234567", "national")).toEqual([
      "067 123 4567",
      "380671234567",
      "0671234567",
    ])
    expect(phoneLookupForms("+380671234567", "digits")).toEqual([
      "380671234567",
      "0671234567",
    ])
  })
})
