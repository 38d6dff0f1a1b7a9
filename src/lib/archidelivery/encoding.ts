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

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])

/** How a reply's bytes are read: by their content (`auto`) or as one charset. */
export type ReplyCharset = "auto" | BodyCharset

/**
 * What the bytes turned out to be: `ascii` has no byte above 0x7F, `escaped`
 * is ASCII that carries non-ASCII text as JSON `\u` escapes.
 */
export type DetectedCharset = BodyCharset | "ascii" | "escaped"

export interface DecodedBody {
  text: string
  /** the charset the bytes were read with */
  charset: BodyCharset
  /** the charset the reply named (Content-Type, else the XML prolog) */
  declared?: BodyCharset
  /** the label as the reply wrote it, e.g. "windows-1251" */
  declaredLabel?: string
  detected: DetectedCharset
}

const hasHighBytes = (bytes: Buffer) => bytes.some((b) => b > 0x7f)

const ESCAPED_NON_ASCII = /\\u(?!00[0-7])[0-9a-fA-F]{4}/

function declaredLabelOf(bytes: Buffer, contentType?: string) {
  const fromType = contentType?.match(/charset\s*=\s*("[^"]*"|[^;\s]+)/i)?.[1]
  if (fromType) {
    return fromType.replace(/^["']|["']$/g, "")
  }
  const head = bytes.subarray(0, 256).toString("latin1")
  return head.match(/^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/i)?.[1]
}

/**
 * Decodes a reply by its content, not its label: real servers have been seen
 * writing UTF-8 bytes under a windows-1251 label. A byte order mark wins;
 * then bytes that are valid UTF-8 and hold non-ASCII characters are UTF-8;
 * anything else with high bytes is CP1251, whatever the label says (a CP1251
 * body is almost never valid UTF-8). `forced` overrides all of it for a
 * server that needs it.
 */
export function decodeBody(
  bytes: Buffer,
  contentType?: string,
  forced: ReplyCharset = "auto"
): DecodedBody {
  const declaredLabel = declaredLabelOf(bytes, contentType)
  const declared = charsetLabel(declaredLabel)
  const bom = bytes.subarray(0, 3).equals(UTF8_BOM)
  const high = hasHighBytes(bytes)
  const validUtf8 = isUtf8(bytes)
  const detected: DetectedCharset = bom
    ? "utf8"
    : !high
      ? ESCAPED_NON_ASCII.test(bytes.toString("latin1"))
        ? "escaped"
        : "ascii"
      : validUtf8
        ? "utf8"
        : "cp1251"
  const charset: BodyCharset =
    forced !== "auto"
      ? forced
      : bom || detected === "utf8"
        ? "utf8"
        : detected === "cp1251"
          ? "cp1251"
          : (declared ?? "utf8")
  const body = bom && charset === "utf8" ? bytes.subarray(3) : bytes
  return {
    text: iconv.decode(body, charset === "utf8" ? "utf8" : "win1251"),
    charset,
    declared,
    declaredLabel,
    detected,
  }
}
