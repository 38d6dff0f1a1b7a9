import {
  applyPhoneTemplate,
  formatPhone,
  normalizePhone,
  phoneLookupForms,
  phoneTemplateProblem,
} from "../phone"

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

  it("fills a template's # with the national number's digits, left to right", () => {
    expect(applyPhoneTemplate("+79555555555", "8(###) ###-##-##", "RU")).toBe(
      "8(955) 555-55-55"
    )
    expect(applyPhoneTemplate("+79555555555", "7 (###) ###-##-##", "RU")).toBe(
      "7 (955) 555-55-55"
    )
    expect(
      applyPhoneTemplate("+380931234567", "+38 (0##) ###-##-##", "UA")
    ).toBe("+38 (093) 123-45-67")
    // another country, or a template of another length: no fit
    expect(
      applyPhoneTemplate("+79555555555", "+38 (0##) ###-##-##", "UA")
    ).toBe(null)
    expect(applyPhoneTemplate("+380931234567", "8(###) ###-##-##", "UA")).toBe(
      null
    )
  })

  it("uses the template when it fits and the format otherwise", () => {
    const style = {
      format: "digits" as const,
      template: "+38 (0##) ###-##-##",
      defaultCountry: "UA",
    }
    expect(formatPhone("+380931234567", style)).toBe("+38 (093) 123-45-67")
    expect(formatPhone("+79555555555", style)).toBe("79555555555")
    expect(phoneLookupForms("+380931234567", style)).toEqual([
      "+38 (093) 123-45-67",
      "380931234567",
      "0931234567",
    ])
  })

  it("explains a template that cannot work for the country", () => {
    expect(phoneTemplateProblem("+38 (0##) ###-##-##", "UA")).toBeNull()
    expect(phoneTemplateProblem("8(###) ###-##-##", "RU")).toBeNull()
    expect(phoneTemplateProblem("8(###) ###-##-##", "UA")).toMatch(
      /has 10 "#" but a UA national number has 9 digits/
    )
    expect(phoneTemplateProblem("tel: ##", "UA")).toMatch(/may hold only/)
  })
})
