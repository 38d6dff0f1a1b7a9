import { isUtf8 } from "node:buffer"
import iconv from "iconv-lite"
import type { QueryParams, RequestEncoding } from "./types"

export type BodyCharset = "utf8" | "cp1251"

const UNRESERVED = /^[A-Za-z0-9\-._~]$/

function toBytes(value: string, encoding: RequestEncoding): Buffer {
  // iconv-lite writes "?" for every UTF-16 unit CP1251 lacks, so an emoji
  // (a surrogate pair) becomes "??"; the exchange shows exactly that.
  return encoding === "cp1251"
    ? iconv.encode(value, "win1251")
    : Buffer.from(value, "utf8")
}

function percentEncode(bytes: Buffer): string {
  let out = ""
  for (const byte of bytes) {
    const ch = String.fromCharCode(byte)
    out +=
      byte < 0x80 && UNRESERVED.test(ch)
        ? ch
        : "%" + byte.toString(16).toUpperCase().padStart(2, "0")
  }
  return out
}

function entries(params: QueryParams): [string, string][] {
  return Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [k, String(v)])
}

/**
 * Builds `a=b&c=d` with every byte outside RFC 3986's unreserved set
 * percent-encoded (spaces as %20), from CP1251 or UTF-8 bytes. Undefined
 * values are left out; the order of `params` is kept.
 */
export function encodeQuery(
  params: QueryParams,
  encoding: RequestEncoding = "cp1251"
): string {
  return entries(params)
    .map(
      ([k, v]) =>
        `${percentEncode(toBytes(k, encoding))}=${percentEncode(toBytes(v, encoding))}`
    )
    .join("&")
}

/** The parameters as the server will read them (e.g. "??" for an emoji in CP1251). */
export function sentParams(
  params: QueryParams,
  encoding: RequestEncoding = "cp1251"
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of entries(params)) {
    out[k] =
      encoding === "cp1251" ? iconv.decode(toBytes(v, encoding), "win1251") : v
  }
  return out
}

export function charsetLabel(
  label: string | undefined
): BodyCharset | undefined {
  const l = label
    ?.trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, "")
  if (!l) {
    return undefined
  }
  if (/^(windows-?1251|cp-?1251|win-?1251|x-cp1251)$/.test(l)) {
    return "cp1251"
  }
  if (/^utf-?8$/.test(l)) {
    return "utf8"
  }
  // Other labels (ASCII, Latin-1, KOI8…) are not seen from ArchiDelivery: let the bytes decide.
  return undefined
}

const charsetOf = (contentType?: string) =>
  charsetLabel(contentType?.match(/charset\s*=\s*("[^"]*"|[^;\s]+)/i)?.[1])

function xmlDeclaredCharset(bytes: Buffer): BodyCharset | undefined {
  const head = bytes.subarray(0, 256).toString("latin1")
  const m = head.match(/^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/i)
  return charsetLabel(m?.[1])
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])

/**
 * Decodes a reply by its declared charset (Content-Type, else the XML
 * declaration); with none, UTF-8 when the bytes are valid UTF-8, else CP1251.
 * A reply declared UTF-8 whose bytes are not valid UTF-8 is mislabeled CP1251.
 */
export function decodeBody(
  bytes: Buffer,
  contentType?: string
): { text: string; charset: BodyCharset } {
  if (bytes.subarray(0, 3).equals(UTF8_BOM)) {
    // A byte order mark outranks any label.
    return { text: iconv.decode(bytes, "utf8"), charset: "utf8" }
  }
  const declared = charsetOf(contentType) ?? xmlDeclaredCharset(bytes)
  const charset: BodyCharset =
    declared === "cp1251" ? "cp1251" : isUtf8(bytes) ? "utf8" : "cp1251"
  return {
    text: iconv.decode(bytes, charset === "utf8" ? "utf8" : "win1251"),
    charset,
  }
}
