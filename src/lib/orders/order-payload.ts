import type { NewOrderParams, OrderItem } from "../archidelivery"
import type { ArchiDeliveryOptions } from "../shared/options"
import { readStreetAndHouse } from "../delivery/address"
import { formatPhone, normalizePhone } from "../customers/phone"
import type { LineModifier } from "../modifiers/choice"
import { modsOfLine } from "../modifiers/mods"

/**
 * Turns a Medusa order (plain data as Query returns it) into `neworder`
 * parameters. Pure: no I/O, so every rule below is unit-tested.
 *
 * Rules the README quotes:
 * - items: each line's variant_id, else its product_id, must have a
 *   ProductLink; a line without one fails the whole order, naming the line.
 *   A line's modifiers (`metadata.archidelivery_modifiers`, as bought) go
 *   as its `mods`; ArchiDelivery reads them only in the JSON item format,
 *   and the format is one per order, so an order with any modified line is
 *   sent in JSON whatever `orderItemFormat` says. Others are unchanged.
 * - phone: shipping address, else billing address, else the customer's;
 *   normalised to E.164 and written in `options.phone.template` when it fits
 *   the number, else in `options.phone.format`. One that cannot be read is
 *   sent as typed with a `phone_unusable` warning (checkout refuses such
 *   phones; this covers orders placed another way); no phone at all fails.
 * - address: `cityname` = city, else `options.cityName`. `street`/`home`
 *   come from the fulfillment provider's readStreetAndHouse, so the kitchen
 *   gets the house the checkout accepted: `address.metadata.house` when set
 *   (street = address_1), else the house read from address_1 with its letter
 *   or fraction (41-Б → 41Б, 12/2) — one marked "буд."/"д."/"№", else the
 *   one that ends the street's part of the line, never one after
 *   "кв."/"під'їзд"/"поверх"/"корп.". With no house found, `street` is
 *   address_1 as written and `home` is left out.
 *   `corps` = `metadata.corps`, else the building the line names ("корп. 2",
 *   "14к2"); `room` = address_2, else `metadata.flat` ("кв. 12" → "12"),
 *   else the line's flat; `frontdoor`/`level`/`office` =
 *   `metadata.entrance`/`floor`/`office`, else what the line names.
 * - `doorphone` from `metadata.intercom`: with `options.doorphone` "flag"
 *   (default) 1 when there is an intercom (a code, or true/"так"/"yes"), 0
 *   when it says there is none (false/"ні"/"no"), and a code goes into the
 *   comment as "Домофон: <code>"; with "code" the code itself is sent.
 * - `mail` and `email` both carry the order's e-mail: the vendor's notes name
 *   `mail`, its example URL sends `email`.
 * - comment: the intercom code (flag mode), then the customer's note
 *   (`order.metadata.comment`, else `order.metadata.note`), whitespace
 *   collapsed, then ` #<display_id>`. The whole stays within 200 characters:
 *   the note is cut (ending in "…"), the marker never is, because
 *   reconciliation finds the order by it.
 * - `flatwarecount` = `order.metadata.persons` (a whole number ≥ 1, default 1).
 * - `time`/`timeend` = `order.metadata.delivery_time`/`delivery_time_end`
 *   (`YYYY-MM-DD HH:MM[:SS]`, a "T" instead of the space is accepted).
 * - payment: `paymenttype` = `options.paymentTypes[provider_id]`; `ispayment`
 *   is 1 when the provider is in `options.onlinePaymentProviders` and the
 *   money is reserved or taken (collection `authorized`/`completed`, or a
 *   captured payment), else 0.
 * - `ordertype` = `options.orderTypes.pickup` when a shipping method's
 *   `data.type` is "pickup" or its option's `data.id` starts with
 *   "archidelivery-pickup"; else `options.orderTypes.delivery`.
 * - `changefrom` = `order.metadata.change_from` (the cash note the customer
 *   pays with), when it is a number.
 * - `client` (type 0 only) = "<last name> <first name>" of the shipping
 *   address, else of the customer, else the e-mail: surname first, as
 *   Ukrainian back offices file clients.
 */

export const COMMENT_MAX = 200

type Meta = Record<string, unknown> | null | undefined

export interface PayloadAddress {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  metadata?: Meta
}

export interface PayloadItem {
  id: string
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
  variant_id?: string | null
  product_id?: string | null
  quantity?: unknown
  /** The modifiers the line was bought with; absent on a plain line. */
  modifiers?: LineModifier[]
}

export interface PayloadOrder {
  id: string
  display_id?: number | string | null
  email?: string | null
  metadata?: Meta
  items?: PayloadItem[] | null
  shipping_address?: PayloadAddress | null
  billing_address?: PayloadAddress | null
  customer?: {
    id?: string | null
    first_name?: string | null
    last_name?: string | null
    phone?: string | null
    email?: string | null
    has_account?: boolean | null
  } | null
  shipping_methods?:
    | {
        name?: string | null
        data?: Meta
        shipping_option_id?: string | null
        shipping_option?: { id?: string | null; data?: Meta } | null
      }[]
    | null
  payment_collections?:
    | {
        status?: string | null
        payments?:
          | {
              provider_id?: string | null
              captured_at?: unknown
              canceled_at?: unknown
            }[]
          | null
        payment_sessions?:
          { provider_id?: string | null; status?: string | null }[] | null
      }[]
    | null
}

export interface PayloadProductLink {
  archidelivery_id: string
  product_id?: string | null
  variant_id?: string | null
}

export type PayloadOptions = Pick<
  ArchiDeliveryOptions,
  | "cityName"
  | "orderItemFormat"
  | "paymentTypes"
  | "onlinePaymentProviders"
  | "orderTypes"
  | "phone"
  | "doorphone"
>

/** A mapping problem: the order cannot be sent as it is; `problems` names each field. */
export class OrderPayloadError extends Error {
  constructor(public problems: string[]) {
    super(problems.join("; "))
    this.name = "OrderPayloadError"
  }
}

const text = (v: unknown): string | undefined => {
  if (typeof v === "number" && Number.isFinite(v)) {
    return String(v)
  }
  if (typeof v !== "string") {
    return undefined
  }
  const t = v.trim()
  return t ? t : undefined
}

const meta = (m: Meta, key: string) =>
  m && typeof m === "object" ? text(m[key]) : undefined

/** The marker reconciliation looks for at the end of the comment. */
export const orderMarker = (displayId: number | string) => `#${displayId}`

/** True when `comment` ends with the order's marker as a whole word (#42 is not #142). */
export function commentHasMarker(
  comment: unknown,
  displayId: number | string
): boolean {
  if (typeof comment !== "string") {
    return false
  }
  const marker = orderMarker(displayId)
  const t = comment.trimEnd()
  return (
    t === marker ||
    (t.endsWith(marker) && /\s/.test(t[t.length - marker.length - 1]))
  )
}

/** The note cut to `room` UTF-16 units (CP1251 writes one byte per unit), never mid-character. */
function cut(note: string, room: number): string {
  if (note.length <= room) {
    return note
  }
  let out = ""
  for (const ch of note) {
    if (out.length + ch.length > room - 1) {
      break
    }
    out += ch
  }
  return `${out.trimEnd()}…`
}

/**
 * `[Домофон: <code>; ]<note> #<display_id>` within COMMENT_MAX characters;
 * the marker is never cut, and the intercom code comes first so a long note
 * is what gets cut.
 */
export function buildComment(
  note: string | undefined,
  displayId: number | string,
  intercomCode?: string
): string {
  const marker = orderMarker(displayId)
  const code = intercomCode ? `${INTERCOM_LABEL}: ${intercomCode}` : ""
  const clean = [code, note ?? ""]
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("; ")
  if (!clean) {
    return marker
  }
  const room = COMMENT_MAX - marker.length - 1
  return room > 1 ? `${cut(clean, room)} ${marker}` : marker
}

/** How the comment labels the intercom code for the kitchen. */
export const INTERCOM_LABEL = "Домофон"

const YES = /^(?:1|true|так|є|yes|да|есть)$/iu
const NO = /^(?:0|false|ні|немає|no|нет)$/iu

/**
 * `doorphone` and the code for the comment from `metadata.intercom`: the
 * vendor's flag (1/0) by default, the code itself in "code" mode.
 */
export function intercomFields(
  value: unknown,
  mode: "flag" | "code"
): { doorphone?: string; code?: string } {
  const raw = typeof value === "boolean" ? String(value) : text(value)
  if (raw === undefined) {
    return {}
  }
  if (mode === "code") {
    return typeof value === "boolean" ? {} : { doorphone: raw }
  }
  if (NO.test(raw)) {
    return { doorphone: "0" }
  }
  return YES.test(raw) ? { doorphone: "1" } : { doorphone: "1", code: raw }
}

/** "кв. 12", "квартира 12", "apt 12" → "12"; anything else as written. */
function flat(value: string | undefined): string | undefined {
  return (
    value?.replace(/^(?:кв(?:артира)?|apt|apartment|flat)\.?\s*/iu, "") || value
  )
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/

/** `YYYY-MM-DD HH:MM:SS`, or null when the value is not a local date and time. */
export function formatDeliveryTime(value: string): string | null {
  const m = value.match(DATE_TIME)
  if (!m) {
    return null
  }
  const [, y, mo, d, h, mi, s = "00"] = m
  const ok =
    +mo >= 1 &&
    +mo <= 12 &&
    +d >= 1 &&
    +d <= 31 &&
    +h <= 23 &&
    +mi <= 59 &&
    +s <= 59
  return ok ? `${y}-${mo}-${d} ${h}:${mi}:${s}` : null
}

/** The order's phone as typed, and in E.164 when it is a valid number. */
export function orderPhone(
  order: PayloadOrder,
  defaultCountry: string
): { raw?: string; e164: string | null } {
  const raw =
    text(order.shipping_address?.phone) ??
    text(order.billing_address?.phone) ??
    text(order.customer?.phone)
  return { raw, e164: normalizePhone(raw, defaultCountry) }
}

const fullName = (
  p?: { first_name?: string | null; last_name?: string | null } | null
) =>
  [text(p?.last_name), text(p?.first_name)].filter(Boolean).join(" ") ||
  undefined

/** The name ArchiDelivery files a new client under (type 0). */
export function clientName(order: PayloadOrder): string | undefined {
  return (
    fullName(order.shipping_address) ??
    fullName(order.customer) ??
    text(order.email)
  )
}

function quantityOf(q: unknown): number | null {
  const n =
    typeof q === "number"
      ? q
      : typeof q === "string"
        ? Number(q)
        : q && typeof q === "object" && "value" in q
          ? Number((q as { value: unknown }).value)
          : NaN
  return Number.isInteger(n) && n > 0 ? n : null
}

const itemName = (item: PayloadItem) =>
  [text(item.product_title) ?? text(item.title), text(item.variant_title)]
    .filter((v, i, all) => v && all.indexOf(v) === i)
    .join(" / ") || item.id

/** Each line mapped to its menu id; a line without one is a problem, never dropped. */
function mapItems(
  order: PayloadOrder,
  links: PayloadProductLink[],
  problems: string[]
): OrderItem[] {
  const byVariant = new Map<string, string>()
  const byProduct = new Map<string, string | null>()
  for (const link of links) {
    if (link.variant_id) {
      byVariant.set(link.variant_id, String(link.archidelivery_id))
    }
    if (link.product_id) {
      // A product with several sizes has no one id: only its variants tell.
      byProduct.set(
        link.product_id,
        byProduct.has(link.product_id) ? null : String(link.archidelivery_id)
      )
    }
  }
  const items = order.items ?? []
  if (!items.length) {
    problems.push("items: the order has no items")
  }
  const out: OrderItem[] = []
  items.forEach((item, i) => {
    const name = `items[${i}] "${itemName(item)}"`
    const menuId =
      (item.variant_id && byVariant.get(item.variant_id)) ||
      (item.product_id && byProduct.get(item.product_id)) ||
      undefined
    const quant = quantityOf(item.quantity)
    if (!menuId) {
      problems.push(
        `${name} (${item.variant_id ? `variant ${item.variant_id}` : `product ${item.product_id ?? "none"}`}): no ArchiDelivery menu id; link the product to a menu item`
      )
    }
    if (quant === null) {
      problems.push(
        `${name}: quantity ${JSON.stringify(item.quantity)} is not a whole number above 0`
      )
    }
    if (menuId && quant !== null) {
      out.push(
        item.modifiers?.length
          ? { menuId, quant, mods: modsOfLine(item.modifiers) }
          : { menuId, quant }
      )
    }
  })
  return out
}

function payment(order: PayloadOrder, options: PayloadOptions) {
  const collections = order.payment_collections ?? []
  const payments = collections
    .flatMap((c) => c.payments ?? [])
    .filter((p) => !p.canceled_at)
  const sessions = collections.flatMap((c) => c.payment_sessions ?? [])
  const provider =
    text(payments[0]?.provider_id) ??
    text(
      sessions.find((s) => s.status === "authorized" || s.status === "captured")
        ?.provider_id
    ) ??
    text(sessions[0]?.provider_id)
  if (!provider) {
    return {}
  }
  const paid =
    collections.some(
      (c) => c.status === "authorized" || c.status === "completed"
    ) || payments.some((p) => !!p.captured_at)
  return {
    paymenttype: options.paymentTypes[provider],
    ispayment: options.onlinePaymentProviders.includes(provider) && paid,
  }
}

/** True when any shipping method is a pickup (see the rules at the top). */
export function isPickup(order: PayloadOrder): boolean {
  return (order.shipping_methods ?? []).some(
    (m) =>
      meta(m.data, "type") === "pickup" ||
      (meta(m.shipping_option?.data, "id") ?? "").startsWith(
        "archidelivery-pickup"
      )
  )
}

export interface BuildPayloadInput {
  order: PayloadOrder
  productLinks: PayloadProductLink[]
  options: PayloadOptions
  /** The linked ArchiDelivery client: type 1. Without it: type 0 by name and phone. */
  clientId?: string | null
}

/** Something sent as it was, for a person to check (the admin shows it by its code). */
export interface PayloadWarning {
  code: "phone_unusable"
  value: string
}

export interface OrderPayload {
  params: NewOrderParams
  /** The phone in E.164 (reconciliation compares it); null when it could not be read. */
  phone: string | null
  marker: string
  warnings: PayloadWarning[]
}

/** The attempt log's English line for a warning. */
export const warningMessage = (w: PayloadWarning) =>
  `phone "${w.value}" is not a valid phone number; sent as the customer typed it`

/** Builds the `neworder` parameters; throws OrderPayloadError naming every problem. */
export function buildOrderPayload(input: BuildPayloadInput): OrderPayload {
  const { order, options } = input
  const problems: string[] = []
  const items = mapItems(order, input.productLinks, problems)
  const displayId = text(order.display_id)
  if (!displayId) {
    problems.push(
      "display_id: the order has no display id to mark the comment with"
    )
  }
  const { raw, e164 } = orderPhone(order, options.phone.defaultCountry)
  // A placed order is never failed for its phone's form: the kitchen gets
  // what the customer typed and the admin is told.
  if (!raw) {
    problems.push("phone: the order has no phone number")
  }
  const warnings: PayloadWarning[] =
    raw && !e164 ? [{ code: "phone_unusable", value: raw }] : []
  const m = order.metadata
  const times: Record<"time" | "timeend", string | undefined> = {
    time: undefined,
    timeend: undefined,
  }
  for (const [param, key] of [
    ["time", "delivery_time"],
    ["timeend", "delivery_time_end"],
  ] as const) {
    const value = meta(m, key)
    if (value) {
      times[param] = formatDeliveryTime(value) ?? undefined
      if (!times[param]) {
        problems.push(`metadata.${key}: "${value}" is not YYYY-MM-DD HH:MM:SS`)
      }
    }
  }
  const clientId = text(input.clientId)
  const client = clientId ? undefined : clientName(order)
  if (!clientId && !client) {
    problems.push(
      "client: the order has no name or e-mail to create the client with"
    )
  }
  if (problems.length) {
    throw new OrderPayloadError(problems)
  }

  const address = order.shipping_address ?? {}
  const am = address.metadata
  const split = readStreetAndHouse({
    address_1: address.address_1,
    metadata: am,
  })
  const persons = Number(meta(m, "persons"))
  const change = Number(meta(m, "change_from")?.replace(",", "."))
  const pickup = isPickup(order)
  const intercom = intercomFields(am?.intercom, options.doorphone)
  const email = text(order.email)

  const params: NewOrderParams = {
    itemFormat: items.some((i) => i.mods?.length)
      ? "json"
      : options.orderItemFormat,
    type: clientId ? 1 : 0,
    clientId,
    client,
    phone: e164 ? formatPhone(e164, options.phone) : raw!,
    mail: email,
    email,
    cityname: text(address.city) ?? text(options.cityName),
    street: split?.street ?? text(address.address_1),
    home: split?.house,
    corps: meta(am, "corps") ?? split?.corps,
    room: flat(text(address.address_2) ?? meta(am, "flat")) ?? split?.flat,
    office: meta(am, "office") ?? split?.office,
    frontdoor: meta(am, "entrance") ?? split?.entrance,
    level: meta(am, "floor") ?? split?.floor,
    doorphone: intercom.doorphone,
    flatwarecount: Number.isInteger(persons) && persons > 0 ? persons : 1,
    comment: buildComment(
      meta(m, "comment") ?? meta(m, "note"),
      displayId!,
      intercom.code
    ),
    time: times.time,
    timeend: times.timeend,
    ...payment(order, options),
    ordertype: pickup ? options.orderTypes.pickup : options.orderTypes.delivery,
    changefrom: Number.isFinite(change) && change > 0 ? change : undefined,
    items,
  }
  return { params, phone: e164, marker: orderMarker(displayId!), warnings }
}
