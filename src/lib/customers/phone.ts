import {
  CountryCode,
  getExampleNumber,
  parsePhoneNumberFromString,
} from "libphonenumber-js"
import examples from "libphonenumber-js/mobile/examples"

export type PhoneFormat = "digits" | "e164" | "national" | "international"

/**
 * How an installation writes phones: a named format, or a template that wins
 * for the numbers it fits (see applyPhoneTemplate); `format` covers the rest.
 */
export type PhoneStyle =
  | PhoneFormat
  | { format: PhoneFormat; template?: string; defaultCountry?: string }

/** The template character that stands for one digit of the national number. */
export const TEMPLATE_DIGIT = "#"

const TEMPLATE_CHARS = /^[0-9#+()\-. ]+$/

/**
 * Reads a phone as a customer typed it and returns it in E.164
 * (+380671234567), or null when it is not a valid number.
 */
export function normalizePhone(
  raw: string | null | undefined,
  defaultCountry: string
): string | null {
  if (!raw || !raw.trim()) {
    return null
  }
  const parsed = parsePhoneNumberFromString(
    raw.trim(),
    defaultCountry as CountryCode
  )
  return parsed?.isValid() ? parsed.number : null
}

/** Digits of a national number in `country` (UA: 9, as in 93 123 45 67), or null when unknown. */
export function nationalNumberLength(country: string): number | null {
  try {
    const example = getExampleNumber(country as CountryCode, examples)
    return example ? example.nationalNumber.length : null
  } catch {
    return null
  }
}

/**
 * Why a phone template cannot be used for `country`, or null when it can. A
 * template holds only digits, spaces and `+ ( ) - .`, and exactly as many `#`
 * as the country's national number has digits.
 */
export function phoneTemplateProblem(
  template: string,
  country: string
): string | null {
  if (!TEMPLATE_CHARS.test(template)) {
    return `"${template}" may hold only digits, spaces, "+()-." and "#" (one per digit of the national number), e.g. "8(###) ###-##-##"`
  }
  const slots = [...template].filter((c) => c === TEMPLATE_DIGIT).length
  const digits = nationalNumberLength(country)
  if (digits === null) {
    return `no national number length is known for ${country}`
  }
  if (slots !== digits) {
    return `"${template}" has ${slots} "#" but a ${country} national number has ${digits} digits (e.g. "+38 (0##) ###-##-##" for UA)`
  }
  return null
}

/**
 * Fills the template's `#`, left to right, with the digits of the national
 * significant number (931234567 for +380931234567: no country code, no
 * trunk 0); every other character is copied as written. Null when the
 * number is of another country or length, so the caller falls back.
 */
export function applyPhoneTemplate(
  e164: string,
  template: string,
  country: string
): string | null {
  const parsed = parsePhoneNumberFromString(e164)
  const national = parsed?.nationalNumber
  if (!parsed || parsed.country !== country || !national) {
    return null
  }
  const slots = [...template].filter((c) => c === TEMPLATE_DIGIT).length
  if (slots !== national.length) {
    return null
  }
  let i = 0
  return [...template]
    .map((c) => (c === TEMPLATE_DIGIT ? national[i++] : c))
    .join("")
}

/** Writes an E.164 phone the way the ArchiDelivery installation stores phones. */
export function formatPhone(e164: string, style: PhoneStyle): string {
  const format = typeof style === "string" ? style : style.format
  if (typeof style === "object" && style.template) {
    const filled = applyPhoneTemplate(
      e164,
      style.template,
      style.defaultCountry ?? "UA"
    )
    if (filled !== null) {
      return filled
    }
  }
  const parsed = parsePhoneNumberFromString(e164)
  if (!parsed) {
    return e164.replace(/\D/g, "")
  }
  switch (format) {
    case "e164":
      return parsed.number
    case "national":
      return parsed.formatNational()
    case "international":
      return parsed.formatInternational()
    case "digits":
    default:
      return parsed.number.replace(/\D/g, "")
  }
}

/**
 * The forms a client lookup tries, in order: the configured style, the
 * international digits (380671234567), then the national digits
 * (0671234567), because ArchiDelivery only matches the string it stored.
 */
export function phoneLookupForms(e164: string, style: PhoneStyle): string[] {
  const forms = [formatPhone(e164, style), formatPhone(e164, "digits")]
  const parsed = parsePhoneNumberFromString(e164)
  if (parsed) {
    forms.push(parsed.formatNational().replace(/\D/g, ""))
  }
  return [...new Set(forms)]
}

/** Two writings of one number: as E.164 when both read, else by their last nine digits. */
export function samePhoneNumber(a: string, b: string, country = "UA") {
  const [x, y] = [normalizePhone(a, country), normalizePhone(b, country)]
  if (x && y) {
    return x === y
  }
  const [d, e] = [a.replace(/\D/g, ""), b.replace(/\D/g, "")]
  return d.length >= 9 && e.length >= 9 && d.slice(-9) === e.slice(-9)
}
