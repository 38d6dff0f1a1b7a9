import { CountryCode, parsePhoneNumberFromString } from "libphonenumber-js"

export type PhoneFormat = "digits" | "e164" | "national" | "international"

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

/** Writes an E.164 phone the way the ArchiDelivery installation stores phones. */
export function formatPhone(e164: string, format: PhoneFormat): string {
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
 * The forms a client lookup tries, in order: the configured format, the
 * international digits (380671234567), then the national digits
 * (0671234567), because ArchiDelivery only matches the string it stored.
 */
export function phoneLookupForms(e164: string, format: PhoneFormat): string[] {
  const forms = [formatPhone(e164, format), formatPhone(e164, "digits")]
  const parsed = parsePhoneNumberFromString(e164)
  if (parsed) {
    forms.push(parsed.formatNational().replace(/\D/g, ""))
  }
  return [...new Set(forms)]
}
