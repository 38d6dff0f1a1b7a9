// @ts-check
// Shared helpers for the emulator tests: raw HTTP over real TCP, CP1251 query encoding.
const http = require("node:http")
const { isUtf8 } = require("node:buffer")
const iconv = require("iconv-lite")
const axios = require("axios").default

/**
 * @typedef {{ status: number, headers: http.IncomingHttpHeaders, bytes: Buffer,
 *   text: string }} RawReply
 */

/**
 * One request on a fresh connection (no keep-alive), the body as bytes and as text:
 * UTF-8 when the bytes are valid UTF-8 (the default mode), else CP1251.
 * @param {string} url
 * @param {{ method?: string, timeoutMs?: number }} [opts]
 * @returns {Promise<RawReply>}
 */
function raw(url, opts = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: opts.method ?? "GET", agent: false },
      (res) => {
        const chunks = /** @type {Buffer[]} */ ([])
        res.on("data", (c) => chunks.push(c))
        res.on("error", reject)
        res.on("end", () => {
          const bytes = Buffer.concat(chunks)
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            bytes,
            text: isUtf8(bytes)
              ? bytes.toString("utf8")
              : iconv.decode(bytes, "cp1251"),
          })
        })
      }
    )
    if (opts.timeoutMs)
      req.setTimeout(opts.timeoutMs, () =>
        req.destroy(new Error("client timeout"))
      )
    req.on("error", reject)
    req.end()
  })
}

/** Percent-encodes text as CP1251 bytes, the way the vendor's example URL does. */
const cp1251 = (/** @type {string} */ s) =>
  [...iconv.encode(s, "cp1251")]
    .map((b) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, "0")}`
    )
    .join("")

/** Builds a query with an encoder per value (encodeURIComponent = UTF-8). */
const query = (
  /** @type {Record<string, string | number>} */ params,
  encode = cp1251
) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encode(String(v))}`)
    .join("&")

/** DATA of a text reply, parsed. */
function data(/** @type {RawReply} */ r) {
  const [first, second] = r.text.split("\r\n")
  expect(first).toBe("RESULT=OK")
  expect(second.startsWith("DATA=")).toBe(true)
  return JSON.parse(second.slice(5))
}

/** The control API through axios, never throwing on a status. */
const control = axios.create({ validateStatus: () => true })

/**
 * Polls until check() is truthy; for effects that land after a reply (or without one).
 * @template T
 * @param {() => T} check
 */
async function eventually(check, tries = 200, stepMs = 10) {
  for (let i = 0; i < tries; i++) {
    const v = check()
    if (v) return v
    await new Promise((r) => setTimeout(r, stepMs))
  }
  throw new Error("condition never became true")
}

module.exports = { raw, cp1251, query, data, control, eventually }
