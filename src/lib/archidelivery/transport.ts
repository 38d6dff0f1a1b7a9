import http from "node:http"
import https from "node:https"
import type { Duplex } from "node:stream"
import axios from "axios"

export interface RawReply {
  status: number
  contentType?: string
  bytes: Buffer
}

export interface TransportOptions {
  headers: Record<string, string>
  connectTimeoutMs: number
  replyTimeoutMs: number
}

/** Failure without a usable HTTP reply; messages carry no host and no headers. */
export class TransportError extends Error {
  constructor(
    public kind: "unreachable" | "unknown_outcome",
    message: string
  ) {
    super(message)
    this.name = "TransportError"
  }
}

/** Menus are small; this only stops a runaway reply from filling memory. */
const MAX_REPLY_BYTES = 32 * 1024 * 1024

const CONNECT_MESSAGES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found (DNS)",
  EAI_AGAIN: "host name lookup failed (temporary DNS failure)",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  EHOSTDOWN: "host is down",
  ETIMEDOUT: "connection timed out",
}

const codeOf = (err: unknown): string | undefined => {
  const e = err as { code?: unknown; cause?: { code?: unknown } }
  const code = e?.cause?.code ?? e?.code
  return typeof code === "string" ? code : undefined
}

/**
 * Watches one request's connection: whether the socket ever connected is
 * what separates "never reached the server" (safe to retry) from "sent, fate
 * unknown" (must be reconciled). A fresh agent per request keeps that state
 * per request; there is no keep-alive to share anyway.
 */
function watchedAgent(
  secure: boolean,
  opts: TransportOptions,
  abort: () => void
) {
  const state = {
    tcpConnected: false,
    connected: false,
    connectTimedOut: false,
    replyTimedOut: false,
  }
  let replyTimer: NodeJS.Timeout | undefined
  const agent = secure
    ? new https.Agent({ keepAlive: false })
    : new http.Agent({ keepAlive: false })
  const create = agent.createConnection.bind(agent) as (
    o: unknown,
    cb?: (err: Error | null, s: Duplex) => void
  ) => Duplex
  agent.createConnection = ((
    options: unknown,
    cb?: (err: Error | null, s: Duplex) => void
  ) => {
    const socket = create(options, cb)
    const connectTimer = setTimeout(() => {
      state.connectTimedOut = true
      socket.destroy(
        Object.assign(new Error("connect timeout"), { code: "ECONNECTTIMEOUT" })
      )
    }, opts.connectTimeoutMs)
    socket.once("connect", () => {
      state.tcpConnected = true
    })
    // With TLS the request is written only after the handshake.
    socket.once(secure ? "secureConnect" : "connect", () => {
      clearTimeout(connectTimer)
      state.connected = true
      replyTimer = setTimeout(() => {
        state.replyTimedOut = true
        abort()
      }, opts.replyTimeoutMs)
    })
    socket.once("close", () => clearTimeout(connectTimer))
    return socket
  }) as typeof agent.createConnection
  const done = () => {
    clearTimeout(replyTimer)
    agent.destroy()
  }
  return { agent, state, done }
}

function connectFailure(
  err: unknown,
  state: { connectTimedOut: boolean; tcpConnected: boolean },
  opts: TransportOptions
): string {
  if (state.connectTimedOut) {
    return `no connection within ${opts.connectTimeoutMs} ms`
  }
  const code = codeOf(err)
  if (state.tcpConnected) {
    return `TLS handshake failed${code ? ` (${code})` : ""}`
  }
  return (
    (code && CONNECT_MESSAGES[code]) ??
    `could not connect${code ? ` (${code})` : ""}`
  )
}

function replyFailure(err: unknown): string {
  const code = codeOf(err)
  if (
    code === "ECONNRESET" ||
    /socket hang up/i.test(String((err as Error)?.message))
  ) {
    return "the connection was closed before a complete reply"
  }
  if (
    code === "ERR_BAD_RESPONSE" &&
    /maxContentLength/i.test(String((err as Error)?.message))
  ) {
    return `the reply is larger than ${MAX_REPLY_BYTES} bytes`
  }
  return `no usable reply${code ? ` (${code})` : ""}`
}

/**
 * One GET with axios, the raw bytes back whatever the status; the caller
 * decodes them. Errors are TransportError, never axios errors (those carry
 * the URL and the headers).
 */
export async function httpGet(
  url: string,
  opts: TransportOptions
): Promise<RawReply> {
  const controller = new AbortController()
  const secure = /^https:/i.test(url)
  const { agent, state, done } = watchedAgent(secure, opts, () =>
    controller.abort()
  )
  try {
    const res = await axios.get<Buffer>(url, {
      responseType: "arraybuffer",
      transformResponse: [(d: unknown) => d],
      validateStatus: () => true,
      maxRedirects: 0,
      // The server sits on a LAN or behind a reverse proxy set by URL; a
      // proxy from the environment would hide whether it was ever reached.
      proxy: false,
      maxContentLength: MAX_REPLY_BYTES,
      decompress: true,
      signal: controller.signal,
      headers: {
        Accept: "*/*",
        "User-Agent": "medusa-plugin-archidelivery",
        ...opts.headers,
      },
      ...(secure ? { httpsAgent: agent } : { httpAgent: agent }),
    })
    const type = res.headers["content-type"]
    return {
      status: res.status,
      contentType: typeof type === "string" && type ? type : undefined,
      bytes: Buffer.isBuffer(res.data) ? res.data : Buffer.from(res.data ?? []),
    }
  } catch (err) {
    if (!state.connected) {
      throw new TransportError("unreachable", connectFailure(err, state, opts))
    }
    if (state.replyTimedOut) {
      throw new TransportError(
        "unknown_outcome",
        `no complete reply within ${opts.replyTimeoutMs} ms`
      )
    }
    throw new TransportError("unknown_outcome", replyFailure(err))
  } finally {
    done()
  }
}
