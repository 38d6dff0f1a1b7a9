/**
 * Reads street, house and the other parts of a Medusa shipping address.
 * Storefronts put them in `address_1` ("вул. Хрещатик, 41-Б, кв. 12",
 * "22 Main St"); a storefront with a separate house field sends it as
 * `metadata.house`, which wins.
 *
 * The house keeps its letter and fraction ("41-Б", "41 Б" → "41Б"; "12/2"),
 * a Latin look-alike letter in a Cyrillic line becomes Cyrillic ("120-A" →
 * "120А"), and a building ("корп. 2", "корпус 2", "14к2"), flat ("кв. 12"),
 * entrance ("під'їзд 2", "2 під'їзд"), floor ("поверх 5", "5 поверх") and
 * office ("оф. 5") are read wherever the line names them.
 */

export interface StreetAndHouse {
  street: string
  house: string
  corps?: string
  flat?: string
  entrance?: string
  floor?: string
  office?: string
}

export interface AddressLike {
  address_1?: string | null
  metadata?: Record<string, unknown> | null
}

type Part = "corps" | "flat" | "entrance" | "floor" | "office"

// A word boundary that also works for Cyrillic (\b is ASCII-only).
const B = "(?<![\\p{L}\\d])"
const E = "(?![\\p{L}])"
const NUM = "(\\d+[\\p{L}]?)"
// Ukrainian writes the apostrophe in several ways (' ’ ʼ); the customer's own
// spelling is sent, so patterns accept each instead of rewriting the text.
const APOSTROPHE = "['’ʼ`´]"
// Labels before a number, and ordinal words after one ("2 під'їзд", "5-й поверх").
const LABELS: Record<Part, string> = {
  corps: "(?:корпус|корп|кор|к)",
  flat: "(?:квартира|кв|apartment|apt|flat)",
  entrance: `(?:під${APOSTROPHE}?їзд|під|п-д|подъезд|entrance)`,
  floor: "(?:поверх|пов|этаж|floor)",
  office: "(?:офіс|офис|оф|office|suite)",
}
const AFTER: Partial<Record<Part, string>> = {
  entrance: `(?:під${APOSTROPHE}?їзд|подъезд)`,
  floor: "(?:поверх|этаж)",
}
const HOUSE_MARK = `${B}(?:будинок|буд|дом|д|house|no|№)\\.?\\s*`
// A house: 41, 41Б, 41-Б, 41 Б, 12/2, 12/2а, 22-24, 14к2 (the building after к).
const HOUSE = new RegExp(
  `${B}(\\d+(?:\\s*[/-]\\s*\\d+)?)(?:\\s*-?\\s*([\\p{L}])${E})?(?:\\s*-?\\s*(?:корп|к)\\.?\\s*(\\d+))?(?![\\p{L}\\d]|-[\\p{L}])`,
  "gu"
)
const LETTERS = /[\p{L}]{2,}/u
const CYRILLIC = /[\u0400-\u04ff]/u
const LOOKALIKE: Record<string, string> = {
  A: "А",
  B: "В",
  C: "С",
  E: "Е",
  H: "Н",
  I: "І",
  K: "К",
  M: "М",
  O: "О",
  P: "Р",
  T: "Т",
  X: "Х",
  a: "а",
  c: "с",
  e: "е",
  i: "і",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
}

const tidy = (s: string) =>
  s
    .replace(/\s*,\s*(,\s*)+/g, ", ")
    .replace(/\s{2,}/g, " ")
    .replace(/^[\s,;]+|[\s,;]+$/g, "")

/** Takes out each labelled part; returns what is left and the parts found. */
function takeParts(line: string): {
  rest: string
  parts: Partial<Record<Part, string>>
} {
  const parts: Partial<Record<Part, string>> = {}
  let rest = line
  for (const part of [
    "flat",
    "entrance",
    "floor",
    "office",
    "corps",
  ] as Part[]) {
    // "к" alone is a building only right after a house number.
    const label =
      part === "corps"
        ? `(?:(?<=\\d[\\p{L}]?[\\s,]*)${LABELS.corps}|${B}(?:корпус|корп))`
        : `${B}${LABELS[part]}`
    const before = new RegExp(`${label}\\.?\\s*№?\\s*${NUM}${E}`, "iu")
    const after = AFTER[part]
      ? new RegExp(`${B}(\\d+)(?:-?(?:й|ий|ой))?\\s+${AFTER[part]}${E}`, "iu")
      : null
    const m = rest.match(before) ?? (after ? rest.match(after) : null)
    if (m) {
      parts[part] = m[1]
      rest = `${rest.slice(0, m.index)} , ${rest.slice(m.index! + m[0].length)}`
    }
  }
  return { rest, parts }
}

type Candidate = {
  start: number
  end: number
  house: string
  corps?: string
  marked: boolean
}

function houseCandidates(text: string, cyrillic: boolean): Candidate[] {
  const found: Candidate[] = []
  for (const m of text.matchAll(HOUSE)) {
    const start = m.index ?? 0
    const mark = text.slice(0, start).match(new RegExp(`${HOUSE_MARK}$`, "iu"))
    const letter = m[2] ? (cyrillic ? (LOOKALIKE[m[2]] ?? m[2]) : m[2]) : ""
    found.push({
      start: mark ? start - mark[0].length : start,
      end: start + m[0].length,
      house: `${m[1].replace(/\s+/g, "")}${letter}`,
      corps: m[3],
      marked: !!mark,
    })
  }
  return found
}

/**
 * The house of a Ukrainian-style line comes after the street and ends it (or
 * its comma-separated part); the house of an English-style line comes first.
 */
function chooseHouse(text: string, found: Candidate[]) {
  const marked = found.find((c) => c.marked)
  if (marked) {
    return marked
  }
  const endsPart = (c: Candidate) => /^\s*(?:[,;]|$)/.test(text.slice(c.end))
  const afterStreet = [...found]
    .reverse()
    .find((c) => LETTERS.test(text.slice(0, c.start)) && endsPart(c))
  if (afterStreet) {
    return afterStreet
  }
  const first = found[0]
  return first && !LETTERS.test(text.slice(0, first.start)) ? first : undefined
}

/** Street and house from `address_1`, or null when either is missing. */
export function splitStreetAndHouse(
  line: string | null | undefined
): StreetAndHouse | null {
  const original = (line ?? "").trim()
  if (!original) {
    return null
  }
  // "м. Одеса, вул. Канатна, 22": the city goes as `cityname`.
  const withoutCity = original.replace(
    /^(?:м\.|місто|г\.|город)\s*[^,]+,\s*/iu,
    ""
  )
  const { rest, parts } = takeParts(withoutCity)
  const text = rest
  const cyrillic = CYRILLIC.test(original)
  const chosen = chooseHouse(text, houseCandidates(text, cyrillic))
  if (!chosen) {
    return null
  }
  const before = tidy(text.slice(0, chosen.start))
  const street = LETTERS.test(before) ? before : tidy(text.slice(chosen.end))
  if (!LETTERS.test(street)) {
    return null
  }
  const corps = parts.corps ?? chosen.corps
  return {
    street,
    house: chosen.house,
    ...(corps ? { corps } : {}),
    ...(parts.flat ? { flat: parts.flat } : {}),
    ...(parts.entrance ? { entrance: parts.entrance } : {}),
    ...(parts.floor ? { floor: parts.floor } : {}),
    ...(parts.office ? { office: parts.office } : {}),
  }
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
