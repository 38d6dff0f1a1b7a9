import type { NewClientParams, Row } from "../archidelivery"

/** A2 cut every `newclient` address field to 19 characters; longer ones are refused. */
export const ADDRESS_FIELD_MAX = 19

/**
 * Trims, collapses inner whitespace and cuts to `max` characters; undefined
 * when nothing is left. Counted in UTF-16 units because CP1251 sends a
 * character outside the BMP (an emoji) as two "?", yet a pair is never split.
 */
export function cutField(
  value: unknown,
  max: number = ADDRESS_FIELD_MAX
): string | undefined {
  if (value === null || value === undefined) {
    return undefined
  }
  const text = String(value).replace(/\s+/g, " ").trim()
  let cut = ""
  for (const char of text) {
    if (cut.length + char.length > max) {
      break
    }
    cut += char
  }
  return cut.trim() || undefined
}

export interface PersonName {
  surname: string
  name: string
  fathername: string
}

// Ukrainian/Russian patronymics and their common Latin transliterations.
const PATRONYMIC =
  /(ович|евич|івна|ївна|овна|евна|ична|ovych|evych|ovich|evich|ivna|yivna|ovna|evna|ichna)$/i
const LATIN = /^[A-Za-z][A-Za-z'’.-]*$/

const words = (value?: string | null) =>
  (value ?? "").split(/\s+/).filter(Boolean)

const isPatronymic = (word?: string) => !!word && PATRONYMIC.test(word)

/**
 * Splits a Medusa customer's first/last name into ArchiDelivery's surname,
 * name and patronymic. Shops often collect one "ПІБ" field, so a full name
 * may sit in either field; it is read in the Ukrainian order (Прізвище Ім'я
 * По батькові) unless a patronymic or Latin script shows another order.
 */
export function splitPersonName(
  firstName?: string | null,
  lastName?: string | null
): PersonName {
  const first = words(firstName)
  const last = words(lastName)
  if (first.length && last.length) {
    // Two fields: the given name (and maybe a patronymic) first, the surname last.
    return {
      surname: last.join(" "),
      name: first[0],
      fathername: first.slice(1).join(" "),
    }
  }
  return splitFullName(first.length ? first : last)
}

function splitFullName(parts: string[]): PersonName {
  const none = { surname: "", name: "", fathername: "" }
  if (!parts.length) {
    return none
  }
  if (parts.length === 1) {
    return { ...none, name: parts[0] }
  }
  const latin = parts.every((p) => LATIN.test(p))
  if (parts.length === 2) {
    if (isPatronymic(parts[1])) {
      return { ...none, name: parts[0], fathername: parts[1] }
    }
    return latin
      ? { ...none, name: parts[0], surname: parts[1] }
      : { ...none, surname: parts[0], name: parts[1] }
  }
  const tail = parts[parts.length - 1]
  if (!isPatronymic(tail) && (isPatronymic(parts[1]) || latin)) {
    // "Тарас Григорович Шевченко" or "John Fitzgerald Kennedy".
    return {
      name: parts[0],
      fathername: parts.slice(1, -1).join(" "),
      surname: tail,
    }
  }
  return {
    surname: parts[0],
    name: parts[1],
    fathername: parts.slice(2).join(" "),
  }
}

/** The parts of a Medusa customer address this plugin reads. */
export interface CustomerAddressInput {
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  metadata?: Record<string, unknown> | null
}

export interface ClientAddress {
  street?: string
  house?: string
  flat?: string
  storey?: string
  entrance?: string
}

const FLAT_PREFIX = /^(квартира|кв\.?|apartment|apt\.?|flat|№)\s*/i
const FLAT_TAIL =
  /[,\s]+(?:квартира|кв\.?|apartment|apt\.?)\s*([\p{L}\d/-]+)$/iu
const HOUSE_TAIL = /^(.*?)[,\s]+((?:буд\.?\s*|д\.?\s*)?\d+[\p{L}\d/-]*)$/u

/**
 * Street, house and flat from a Medusa address. Medusa has no house or flat
 * fields, so "вул. Хрещатик, 22" is split at its trailing number and
 * `address_2` ("кв. 5") is the flat; `metadata.house|flat|floor|entrance`
 * win when a storefront collects them. Every field is cut to 19 characters.
 */
export function clientAddress(
  address?: CustomerAddressInput | null
): ClientAddress {
  if (!address) {
    return {}
  }
  const meta = address.metadata ?? {}
  let line = (address.address_1 ?? "").replace(/\s+/g, " ").trim()
  // "вул. Хрещатик 22, кв. 5" in one line: the flat comes off first.
  const flatInLine = FLAT_TAIL.exec(line)
  if (flatInLine) {
    line = line.slice(0, flatInLine.index)
  }
  const match = HOUSE_TAIL.exec(line)
  const street = match && match[1].trim() ? match[1].trim() : line
  const house =
    match && match[1].trim() ? match[2].replace(/^(буд\.?|д\.?)\s*/i, "") : ""
  const flat =
    (address.address_2 ?? "").trim().replace(FLAT_PREFIX, "") ||
    flatInLine?.[1] ||
    ""
  return dropEmpty({
    street: cutField(street),
    house: cutField(meta.house ?? house),
    flat: cutField(meta.flat ?? meta.apartment ?? flat),
    storey: cutField(meta.floor ?? meta.storey),
    entrance: cutField(meta.entrance),
  })
}

/** The customer data `newclient` is built from. */
export interface NewClientSource {
  /** Already written in the configured outgoing format. */
  phone: string
  email?: string | null
  first_name?: string | null
  last_name?: string | null
  address?: CustomerAddressInput | null
}

/** `newclient` parameters for a customer; the login is the email, else the phone. */
export function newClientParams(source: NewClientSource): NewClientParams {
  const person = splitPersonName(source.first_name, source.last_name)
  const email = source.email?.trim() || undefined
  return dropEmpty({
    phone: source.phone,
    login: email ?? source.phone,
    surname: person.surname,
    name: person.name,
    fathername: person.fathername,
    email,
    ...clientAddress(source.address),
  }) as NewClientParams
}

/** A client record as the admin sees it; field names are ArchiDelivery's own. */
export interface ClientSummary {
  id: string | null
  name: string | null
  phone: string | null
  email: string | null
  address: {
    city: string | null
    street: string | null
    house: string | null
    flat: string | null
    storey: string | null
    entrance: string | null
  }
}

const field = (row: Row, ...names: string[]): string | null => {
  for (const name of names) {
    const value = row[name]
    if (value !== undefined && value !== null && `${value}`.trim() !== "") {
      return `${value}`.trim()
    }
  }
  return null
}

/** Reads a `getclientdata` record (FULLNAME or SURNAME/NAME/FATHERNAME, PHONE, MAIL, …). */
export function summarizeClient(row: Row): ClientSummary {
  const parts = [
    field(row, "SURNAME"),
    field(row, "NAME"),
    field(row, "FATHERNAME"),
  ]
  const joined = parts.filter(Boolean).join(" ")
  return {
    id: field(row, "ID", "CLIENTID", "ClientID"),
    name: field(row, "FULLNAME") ?? (joined || null),
    phone: field(row, "PHONE"),
    email: field(row, "MAIL", "EMAIL"),
    address: {
      city: field(row, "CITYNAME", "CITY"),
      street: field(row, "STREET"),
      house: field(row, "HOUSE", "HOME"),
      flat: field(row, "FLAT", "ROOM"),
      storey: field(row, "STOREY", "LEVEL"),
      entrance: field(row, "ENTRANCE", "FRONTDOOR"),
    },
  }
}

function dropEmpty<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== "")
  ) as T
}
