/** How query values are turned into bytes before percent-encoding. */
export type RequestEncoding = "cp1251" | "utf8"

export interface ArchiDeliveryClientConfig {
  /** e.g. "http://127.0.0.1:5858"; a trailing slash is fine */
  baseUrl: string
  /** query encoding, default "cp1251" (the vendor's examples) */
  encoding?: RequestEncoding
  /** how reply bytes are read: by content (`auto`, default) or as one charset */
  replyCharset?: "auto" | "utf8" | "cp1251"
  /** default 3000: the TCP (and TLS) connection must be up within it */
  connectTimeoutMs?: number
  /** default 15000: the whole reply must arrive within it, counted from connect */
  replyTimeoutMs?: number
  /** extra headers for a reverse proxy; never copied into errors, exchanges or logs */
  headers?: Record<string, string>
}

export type ArchiErrorKind =
  "unreachable" | "unknown_outcome" | "rejected" | "invalid_reply"

/** What an admin may see of one call: no headers, no host. */
export interface ArchiExchange {
  method: string
  /** the parameters as the server received them, decoded back to Unicode */
  params: Record<string, string>
  /** the exact percent-encoded query string sent */
  query: string
  status?: number
  contentType?: string
  /** the reply decoded to a string (capped, see EXCHANGE_BODY_LIMIT) */
  body?: string
  durationMs: number
  /** ISO time the request started */
  at: string
}

/** A DATA row with the protocol's own field names. */
export type Row = Record<string, unknown>

export type QueryParams = Record<string, string | number | undefined>

export interface NewClientParams {
  phone: string
  login?: string
  surname?: string
  name?: string
  fathername?: string
  email?: string
  street?: string
  house?: string
  flat?: string
  storey?: string
  entrance?: string
}

export interface OrderItemModifier {
  modificatorId: number
  /** 0 nomenclature, 1 menu */
  kind: 0 | 1
  /** 0 remove, 1 add */
  kind1: 0 | 1
  ref: number
  quant: number
}

export interface OrderItem {
  menuId: string
  quant: number
  mods?: OrderItemModifier[]
}

export type OrderItemFormat = "legacy" | "json"

export interface NewOrderParams {
  /** legacy: order=ID#qty,ID#qty ; json: orderformattype=1&order=[{…}] */
  itemFormat: OrderItemFormat
  /** 0 = client by name (`client`), 1 = by id (`clientId`) */
  type: 0 | 1
  clientId?: string
  client?: string
  phone: string
  mail?: string
  /** The same e-mail again: servers read `mail` (vendor notes) or `email` (vendor's example URL). */
  email?: string
  cityname?: string
  street?: string
  home?: string
  corps?: string
  room?: string
  office?: string
  frontdoor?: string
  level?: string
  doorphone?: string
  metro?: string
  flatwarecount?: number
  comment?: string
  time?: string
  timeend?: string
  ispayment?: boolean
  paymenttype?: string
  ordertype?: string
  changefrom?: number
  database?: string
  items: OrderItem[]
}
