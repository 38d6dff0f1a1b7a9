import { performance } from "node:perf_hooks"
import type { z } from "@medusajs/framework/zod"
import {
  decodeBody,
  encodeQuery,
  sentParams,
  type DecodedBody,
  type ReplyCharset,
} from "./encoding"
import {
  parseEnvelope,
  type ArchiReply,
  type TextReply,
  type XmlReply,
} from "./envelopes"
import { ArchiDeliveryError, UnreadableReplyError } from "./errors"
import { formatOrderItems } from "./items"
import { isKeyedList, keyedOrder, toRecord, toRows } from "./rows"
import {
  clientDataReplySchema,
  clientsReplySchema,
  idValueSchema,
  menuReplySchema,
  newClientReplySchema,
  orderContentReplySchema,
  orderDataReplySchema,
  ordersByPointReplySchema,
  pointsReplySchema,
} from "./schemas"
import { httpGet, TransportError } from "./transport"
import type {
  ArchiDeliveryClientConfig,
  ArchiExchange,
  NewClientParams,
  NewOrderParams,
  QueryParams,
  RequestEncoding,
  Row,
} from "./types"

/** Statuses only a proxy sends: ArchiDelivery itself has no auth or limits. */
const GATEWAY_REFUSALS = new Set([401, 403, 407, 408, 429])

/** Replies kept in an exchange are capped so an audit log stays small. */
export const EXCHANGE_BODY_LIMIT = 64 * 1024

const clip = (text: string) =>
  text.length <= EXCHANGE_BODY_LIMIT
    ? text
    : `${text.slice(0, EXCHANGE_BODY_LIMIT)}… [${text.length - EXCHANGE_BODY_LIMIT} more characters]`

const snippet = (text: string, max = 500) => {
  const t = text.trim()
  return t.length <= max ? t : `${t.slice(0, max)}…`
}

/** "DATA[2].ID"; rows of a keyed object are named by their own key, DATA["3"]. */
function fieldPath(path: PropertyKey[], data: unknown): string {
  let out = "DATA"
  path.forEach((part, i) => {
    if (typeof part === "number") {
      const keyed =
        i === 0 && isKeyedList(data) ? keyedOrder(data)[part] : undefined
      out += keyed !== undefined ? `["${keyed}"]` : `[${part}]`
    } else {
      out += `.${String(part)}`
    }
  })
  return out
}

type Received = {
  text: string
  contentType?: string
  exchange: ArchiExchange
  decoded: ReplyBytes
}

/** How a reply's bytes were read, without the text itself. */
export type ReplyBytes = Omit<DecodedBody, "text">

/** One call as it went, for diagnostics: nothing is judged beyond the envelope. */
export interface InspectedCall {
  exchange?: ArchiExchange
  /** how the bytes were read; absent when no reply arrived */
  decoded?: ReplyBytes
  /** the envelope, when the body was one (a refusal included) */
  reply?: ArchiReply
  /** why there is no usable reply */
  error?: ArchiDeliveryError
}

export class ArchiDeliveryClient {
  private readonly baseUrl: string
  private readonly encoding: RequestEncoding
  private readonly replyCharset: ReplyCharset
  private readonly connectTimeoutMs: number
  private readonly replyTimeoutMs: number
  private readonly headers: Record<string, string>
  /** When the server last answered, cleared by any call that failed since. */
  private answeredAt: number | null = null

  constructor(config: ArchiDeliveryClientConfig) {
    this.baseUrl = config.baseUrl.replace(/\/+$/, "")
    this.encoding = config.encoding ?? "cp1251"
    this.replyCharset = config.replyCharset ?? "auto"
    this.connectTimeoutMs = config.connectTimeoutMs ?? 3_000
    this.replyTimeoutMs = config.replyTimeoutMs ?? 15_000
    // Kept in a non-enumerable copy so the client itself never prints them.
    this.headers = { ...(config.headers ?? {}) }
    Object.defineProperty(this, "headers", { enumerable: false })
    Object.defineProperty(this, "baseUrl", { enumerable: false })
  }

  /** One GET; HTTP status and empty bodies are judged, the envelope is not. */
  private async receive(
    method: string,
    params: QueryParams = {}
  ): Promise<Received> {
    if (!/^[A-Za-z0-9_]+$/.test(method)) {
      throw new TypeError(`not an ArchiDelivery method name: ${method}`)
    }
    const query = encodeQuery(params, this.encoding)
    const exchange: ArchiExchange = {
      method,
      params: sentParams(params, this.encoding),
      query,
      durationMs: 0,
      at: new Date().toISOString(),
    }
    const started = performance.now()
    const fail = (kind: ArchiDeliveryError["kind"], message: string): never => {
      this.answeredAt = null
      throw new ArchiDeliveryError(kind, method, message, { exchange })
    }
    let raw
    try {
      raw = await httpGet(
        `${this.baseUrl}/${method}${query ? `?${query}` : ""}`,
        {
          headers: this.headers,
          connectTimeoutMs: this.connectTimeoutMs,
          replyTimeoutMs: this.replyTimeoutMs,
        }
      )
    } catch (e) {
      exchange.durationMs = Math.round(performance.now() - started)
      if (e instanceof TransportError) {
        fail(e.kind, e.message)
      }
      this.answeredAt = null
      throw e
    }
    exchange.durationMs = Math.round(performance.now() - started)
    const { text, ...decoded } = decodeBody(
      raw.bytes,
      raw.contentType,
      this.replyCharset
    )
    exchange.status = raw.status
    exchange.contentType = raw.contentType
    exchange.body = clip(text)
    if (raw.status >= 500) {
      fail("unknown_outcome", `HTTP ${raw.status} from the server`)
    }
    if (GATEWAY_REFUSALS.has(raw.status)) {
      // A proxy in front of ArchiDelivery refused us (credentials, rate
      // limit): the kitchen never saw the request, so it is safe to wait.
      fail(
        "unreachable",
        `HTTP ${raw.status} from the proxy in front of ArchiDelivery`
      )
    }
    if (raw.status < 200 || raw.status >= 300) {
      // A 4xx (or a redirect) means the request was refused, not processed.
      fail(
        "rejected",
        `HTTP ${raw.status}${text.trim() ? `: ${snippet(text)}` : ""}`
      )
    }
    if (!text.trim()) {
      fail("unknown_outcome", "empty reply")
    }
    return { text, contentType: raw.contentType, exchange, decoded }
  }

  /**
   * True when ArchiDelivery answered (a readable reply, a refusal included,
   * or a ping) within the last `ms`, and no call has failed to reach it or
   * been unreadable since: it was there that recently.
   */
  answeredWithin(ms: number): boolean {
    return this.answeredAt !== null && performance.now() - this.answeredAt < ms
  }

  /**
   * One call with everything a diagnosis needs: the exchange, how the bytes
   * were read and the envelope, a refusal included. Never throws for what
   * the server did; the caller picks which methods it may call.
   */
  async inspect(method: string, params?: QueryParams): Promise<InspectedCall> {
    let received: Received
    try {
      received = await this.receive(method, params)
    } catch (e) {
      if (e instanceof ArchiDeliveryError) {
        return { exchange: e.exchange, error: e }
      }
      throw e
    }
    const { exchange, decoded } = received
    try {
      return { exchange, decoded, reply: this.envelope(method, received) }
    } catch (e) {
      if (e instanceof ArchiDeliveryError) {
        return { exchange, decoded, error: e }
      }
      throw e
    }
  }

  /** The envelope of a received body; an unreadable one is an unknown outcome. */
  private envelope(method: string, received: Received): ArchiReply {
    try {
      const reply = parseEnvelope(received.contentType, received.text)
      this.answeredAt = performance.now()
      return reply
    } catch (e) {
      this.answeredAt = null
      if (e instanceof UnreadableReplyError) {
        throw new ArchiDeliveryError(
          "unknown_outcome",
          method,
          `unreadable reply: ${e.message}`,
          { exchange: received.exchange }
        )
      }
      throw e
    }
  }

  /**
   * Low level: one method call with its envelope read. Throws for a refusal
   * (RESULT not OK, Errors without an OrderId), so a returned reply is one
   * the server accepted.
   */
  async call(
    method: string,
    params?: QueryParams
  ): Promise<{ reply: TextReply | XmlReply; exchange: ArchiExchange }> {
    const received = await this.receive(method, params)
    const { exchange } = received
    const reply = this.envelope(method, received)
    // An OrderId means the order exists, whatever else the reply says.
    const accepted =
      reply.ok || (reply.type === "xml" && reply.orderId !== null)
    if (!accepted) {
      throw new ArchiDeliveryError(
        "rejected",
        method,
        reply.message ?? "refused",
        { exchange }
      )
    }
    return { reply, exchange }
  }

  private async data(method: string, params?: QueryParams) {
    const { reply, exchange } = await this.call(method, params)
    if (reply.type !== "text") {
      throw new ArchiDeliveryError(
        "invalid_reply",
        method,
        `${method}: DATA expected a RESULT/DATA text reply, got XML`,
        { field: "DATA", exchange }
      )
    }
    return { data: reply.data, exchange }
  }

  private check<S extends z.ZodType>(
    method: string,
    schema: S,
    value: unknown,
    raw: unknown,
    exchange: ArchiExchange
  ): z.output<S> {
    const parsed = schema.safeParse(value)
    if (parsed.success) {
      return parsed.data
    }
    const issue = parsed.error.issues[0]
    const field = fieldPath(issue.path, raw)
    throw new ArchiDeliveryError(
      "invalid_reply",
      method,
      `${method}: ${field} ${issue.message}`,
      { field, exchange }
    )
  }

  private async rows<S extends z.ZodType>(
    method: string,
    schema: S,
    params?: QueryParams
  ) {
    const { data, exchange } = await this.data(method, params)
    return this.check(method, schema, toRows(data), data, exchange) as Row[]
  }

  private async record<S extends z.ZodType>(
    method: string,
    schema: S,
    params?: QueryParams
  ) {
    const { data, exchange } = await this.data(method, params)
    const value = toRecord(data)
    if (Array.isArray(value)) {
      throw new ArchiDeliveryError(
        "invalid_reply",
        method,
        `${method}: DATA expected one record, got ${value.length} rows`,
        { field: "DATA", exchange }
      )
    }
    return this.check(method, schema, value, data, exchange) as Row | null
  }

  /** GET /ping: the body must name ArchiDelivery (as A2 checks before every run). */
  async ping(): Promise<{
    version: string | null
    latencyMs: number
    body: string
  }> {
    const { text, exchange } = await this.receive("ping")
    if (!/archidelivery/i.test(text)) {
      this.answeredAt = null
      throw new ArchiDeliveryError(
        "rejected",
        "ping",
        `the server did not identify itself as ArchiDelivery: ${snippet(text, 200)}`,
        { exchange }
      )
    }
    // Prefer the number right after the name; a date or an address may come first.
    const version =
      text.match(/archidelivery\D{0,40}?(\d+(?:\.\d+)+)/i)?.[1] ??
      text.match(/\d+(?:\.\d+)+/)?.[0] ??
      null
    this.answeredAt = performance.now()
    return { version, latencyMs: exchange.durationMs, body: text }
  }

  getAllMenu(): Promise<Row[]> {
    return this.rows("getallmenu", menuReplySchema)
  }

  /** Every client stored with exactly this phone string; [] when none. */
  getClientByPhone(phone: string): Promise<Row[]> {
    return this.rows("getclientbyphone", clientsReplySchema, { phone })
  }

  getClientData(clientId: string): Promise<Row | null> {
    return this.record("getclientdata", clientDataReplySchema, {
      cid: clientId,
    })
  }

  async newClient(
    p: NewClientParams
  ): Promise<{ clientId: string; exchange: ArchiExchange }> {
    const method = "newclient"
    const { data, exchange } = await this.data(method, {
      phone: p.phone,
      login: p.login,
      surname: p.surname,
      name: p.name,
      fathername: p.fathername,
      email: p.email,
      street: p.street,
      house: p.house,
      flat: p.flat,
      storey: p.storey,
      entrance: p.entrance,
    })
    const value = toRecord(data)
    const record = Array.isArray(value) ? undefined : value
    const row = this.check(
      method,
      newClientReplySchema,
      record ?? {},
      data,
      exchange
    )
    const key = (["ClientID", "CLIENTID", "ID"] as const).find(
      (k) => row[k] !== undefined
    )
    if (!key) {
      throw new ArchiDeliveryError(
        "rejected",
        method,
        "no ClientID in the reply",
        { exchange }
      )
    }
    return { clientId: String(row[key]).trim(), exchange }
  }

  /**
   * Only an OrderId means success. A reply with an OrderId and Errors/Warn
   * children still created the order, so it succeeds and hands the texts back
   * as `warnings` (failing it would invite a duplicate on retry).
   */
  async newOrder(p: NewOrderParams): Promise<{
    orderId: string
    exchange: ArchiExchange
    warnings?: string[]
  }> {
    const method = "neworder"
    if (p.type === 1 && !p.clientId?.trim()) {
      throw new ArchiDeliveryError(
        "rejected",
        method,
        "type 1 needs clientId; nothing was sent",
        { field: "clientId" }
      )
    }
    const order = formatOrderItems(p.items, p.itemFormat)
    const flag = (v?: boolean) => (v === undefined ? undefined : v ? "1" : "0")
    const { reply, exchange } = await this.call(method, {
      type: p.type,
      clientid: p.clientId,
      client: p.client,
      phone: p.phone,
      mail: p.mail,
      email: p.email,
      cityname: p.cityname,
      street: p.street,
      home: p.home,
      corps: p.corps,
      room: p.room,
      office: p.office,
      frontdoor: p.frontdoor,
      level: p.level,
      doorphone: p.doorphone,
      metro: p.metro,
      flatwarecount: p.flatwarecount,
      comment: p.comment,
      time: p.time,
      timeend: p.timeend,
      ispayment: flag(p.ispayment),
      paymenttype: p.paymenttype,
      ordertype: p.ordertype,
      changefrom: p.changefrom,
      orderformattype: p.itemFormat === "json" ? 1 : undefined,
      order,
      database: p.database,
    })
    const orderId =
      reply.type === "xml" ? reply.orderId : textOrderId(reply.data)
    if (orderId !== null && !ORDER_ID.test(orderId)) {
      // "0", "-1" or text: the server answered, but whether it created the
      // order is unknown, so it must be looked up, never taken as sent.
      throw new ArchiDeliveryError(
        "unknown_outcome",
        method,
        `invalid reply: OrderId "${snippet(orderId, 40)}" is not a positive whole number`,
        { field: "OrderId", exchange }
      )
    }
    if (!orderId) {
      const why =
        reply.type === "xml" && reply.message ? `: ${reply.message}` : ""
      throw new ArchiDeliveryError(
        "rejected",
        method,
        `no OrderId in the reply${why}`,
        { exchange }
      )
    }
    const warnings =
      reply.type !== "xml" || reply.ok
        ? []
        : reply.errors.length
          ? reply.errors
          : [reply.message ?? `Result ${reply.result}`]
    return warnings.length
      ? { orderId, exchange, warnings }
      : { orderId, exchange }
  }

  /** null when the server knows no such order (RESULT=OK with empty DATA). */
  getOrderData(orderId: string): Promise<Row | null> {
    return this.record("getorderdata", orderDataReplySchema, {
      OrderId: orderId,
    })
  }

  getOrderContent(orderId: string): Promise<Row[]> {
    return this.rows("getordercontent", orderContentReplySchema, {
      OrderId: orderId,
    })
  }

  getOrderByPoint(pointId: string, statusId: string | number): Promise<Row[]> {
    return this.rows("getorderbypoint", ordersByPointReplySchema, {
      pointid: pointId,
      statusid: statusId,
    })
  }

  getAllPoint(): Promise<Row[]> {
    return this.rows("getallpoint", pointsReplySchema)
  }
}

/** Only a positive whole number is an ArchiDelivery order id. */
const ORDER_ID = /^0*[1-9]\d{0,17}$/

/** A text neworder reply (not seen in the wild) may carry the id in DATA. */
function textOrderId(data: unknown): string | null {
  const record = toRecord(data)
  if (!record || typeof record !== "object" || Array.isArray(record)) {
    return null
  }
  const entry = Object.entries(record).find(([k]) => /^(orderid|id)$/i.test(k))
  return entry && idValueSchema.safeParse(entry[1]).success
    ? String(entry[1]).trim()
    : null
}
