/**
 * Reads street and house from a Medusa shipping address. Storefronts put both
 * in `address_1` ("вул. Хрещатик, 22", "22 Main St"); a storefront with a
 * separate house field sends it as `metadata.house`, which wins.
 */

export interface StreetAndHouse {
  street: string
  house: string
}

export interface AddressLike {
  address_1?: string | null
  metadata?: Record<string, unknown> | null
}

// A house number: 22, 22а, 22/1, 22-Б, 14к2.
const NUMBER = /\d+(?:\s*[/-]\s*\d+)?[\p{L}]?(?:\d+)?/gu
// Words after which a number is a flat, floor or entrance, not the house.
const NOT_HOUSE =
  /(?:кв|квартира|apt|apartment|flat|під'?їзд|подъезд|entrance|поверх|этаж|floor|офіс|офис|office|room|suite|корп|корпус)\.?\s*$/iu
// Words that announce the house number.
const HOUSE_MARK = /(?:буд|будинок|дом|д|house|no|№)\.?\s*$/iu
const LETTERS = /[\p{L}]{2,}/u

type Candidate = {
  index: number
  end: number
  value: string
  marked: boolean
  markStart: number
}

function candidates(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const m of text.matchAll(NUMBER)) {
    const index = m.index ?? 0
    const before = text.slice(0, index)
    // A number glued to letters ("M4", "B2B") is part of a name.
    if (
      /[\p{L}\d]$/u.test(before) ||
      /^[\p{L}]{2,}/u.test(text.slice(index + m[0].length))
    ) {
      continue
    }
    if (NOT_HOUSE.test(before)) {
      continue
    }
    const mark = before.match(HOUSE_MARK)
    found.push({
      index,
      end: index + m[0].length,
      value: m[0].replace(/\s+/g, ""),
      marked: !!mark && /(?:^|[\s,])$/u.test(before.slice(0, mark.index)),
      markStart:
        mark && /(?:^|[\s,])$/u.test(before.slice(0, mark.index))
          ? mark.index!
          : index,
    })
  }
  return found
}

const tidy = (s: string) =>
  s
    .replace(/\s*,\s*(,\s*)+/g, ", ")
    .replace(/\s{2,}/g, " ")
    .replace(/^[\s,;]+|[\s,;]+$/g, "")

/** Street and house from `address_1`, or null when either is missing. */
export function splitStreetAndHouse(
  line: string | null | undefined
): StreetAndHouse | null {
  const text = (line ?? "").trim()
  if (!text) {
    return null
  }
  const found = candidates(text)
  if (!found.length) {
    return null
  }
  // Ukrainian style puts the house after the street, English style before it.
  const firstLetter = text.search(/[\p{L}]/u)
  const chosen =
    found.find((c) => c.marked) ??
    [...found]
      .reverse()
      .find((c) => firstLetter >= 0 && c.index > firstLetter) ??
    found[0]
  // What follows a house written after the street is flat, entrance, floor…
  const before = tidy(text.slice(0, chosen.markStart))
  const street = LETTERS.test(before) ? before : tidy(text.slice(chosen.end))
  if (!LETTERS.test(street)) {
    return null
  }
  return { street, house: chosen.value }
}

/** The delivery address's street and house, or null when the courier could not find it. */
export function readStreetAndHouse(
  address: AddressLike | null | undefined
): StreetAndHouse | null {
  if (!address) {
    return null
  }
  const house = address.metadata?.house
  const street = (address.address_1 ?? "").trim()
  if (
    (typeof house === "string" && house.trim()) ||
    typeof house === "number"
  ) {
    return LETTERS.test(street) ? { street, house: String(house).trim() } : null
  }
  return splitStreetAndHouse(street)
}
