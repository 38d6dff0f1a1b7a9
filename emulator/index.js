// @ts-check
// ArchiDelivery emulator: the protocol over real HTTP/TCP plus a control API, with faults.
const http = require("node:http")
const gaps = require("./gaps")
const env = require("./envelopes")
const { seed } = require("./seed")
const { handle } = require("./methods")
const { defaultFaults, mergeFaults, faultsFor, fires } = require("./faults")
const { controlHandler } = require("./control")

/**
 * @typedef {import("./seed").State} State
 * @typedef {import("./seed").Order} Order
 * @typedef {import("./faults").Faults} Faults
 * @typedef {{ method: string, params: Record<string, string>, query: string, at: string }} LoggedRequest
 * @typedef {{ port?: number, controlPort?: number, host?: string, random?: () => number,
 *   autoAdvanceMs?: number }} EmulatorOptions
 * @typedef {ReturnType<typeof createEmulator>} Emulator
 */

/** Methods that write: the "after commit" faults hit only these. */
const COMMIT_METHODS = new Set(["neworder", "newclient"])

/** The kitchen's path for auto-advance: 12 → 2 → 4 → 5 → 6 → 7. */
/** @type {Record<number, number>} */
const NEXT_STATUS = { 12: 2, 2: 4, 4: 5, 5: 6, 6: 7 }

const LOG_LIMIT = 1000

/** @param {http.Server} server @param {number} port @param {string} host */
const listen = (server, port, host) =>
  /** @type {Promise<void>} */ (
    new Promise((resolve, reject) => {
      server.once("error", reject)
      server.listen(port, host, () => {
        server.off("error", reject)
        resolve()
      })
    })
  )

/** Closes a server and destroys its open sockets, so connections are refused at once. */
const close = (/** @type {http.Server} */ server) =>
  /** @type {Promise<void>} */ (
    new Promise((resolve) => {
      if (!server.listening) return resolve()
      server.close(() => resolve())
      server.closeAllConnections()
    })
  )

const portOf = (/** @type {http.Server} */ s) =>
  /** @type {import("node:net").AddressInfo} */ (s.address()).port

/** @param {EmulatorOptions} [opts] */
function createEmulator(opts = {}) {
  const host = opts.host ?? "127.0.0.1"
  const random = opts.random ?? Math.random
  const autoAdvanceMs = opts.autoAdvanceMs ?? 0
  let state = seed()
  let faults = defaultFaults()
  const settings = { auto_advance_ms: autoAdvanceMs }
  /** @type {LoggedRequest[]} */
  const requests = []
  // Protocol requests being answered now, and the most at once since the
  // last reset: how tests see that a client keeps to its concurrency.
  const load = { inFlight: 0, peak: 0 }
  let port = opts.port ?? 0
  let controlPort = opts.controlPort ?? 0
  let started = false
  /** Serialises opening/closing the protocol port when faults flip quickly. */
  let listenerChain = Promise.resolve()
  /** @type {Set<NodeJS.Timeout>} */
  const sleeping = new Set()
  /** @type {NodeJS.Timeout | undefined} */
  let ticker

  const sleep = (/** @type {number} */ ms) =>
    new Promise((resolve) => {
      const t = setTimeout(() => (sleeping.delete(t), resolve(undefined)), ms)
      sleeping.add(t)
    })

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async function onProtocol(req, res) {
    const url = req.url ?? "/"
    const q = url.indexOf("?")
    const method = gaps.methodFromPath(q < 0 ? url : url.slice(0, q))
    const query = q < 0 ? "" : url.slice(q + 1)
    const params = gaps.decodeQuery(
      query,
      faults.strict_query ? "cp1251" : "auto"
    )
    requests.push({ method, params, query, at: new Date().toISOString() })
    load.peak = Math.max(load.peak, ++load.inFlight)
    res.once("close", () => load.inFlight--)
    if (requests.length > LOG_LIMIT)
      requests.splice(0, requests.length - LOG_LIMIT)

    const f = faultsFor(faults, method)
    // A slow server still does the work after the delay, even if the client hung up.
    if (f.latency_ms > 0) await sleep(f.latency_ms)
    if (fires(f.error_5xx, random)) return serverError(res)
    let reply
    try {
      reply = replyFor(req, method, params, f)
    } catch (e) {
      console.error("emulator:", e)
      return serverError(res)
    }
    if (req.method === "GET" && COMMIT_METHODS.has(method)) {
      if (fires(f.drop_after_commit, random)) return void req.socket.destroy()
      if (fires(f.error_5xx_after_commit, random)) return serverError(res)
    }
    const { contentType, bytes } = env.encodeReply(reply, f.charset)
    // Malformed: the first half of the real body, so it is cut mid-JSON / mid-XML.
    const body = fires(f.malformed, random)
      ? bytes.subarray(0, Math.floor(bytes.length / 2))
      : bytes
    res.writeHead(reply.status, {
      "Content-Type": contentType,
      "Content-Length": body.length,
    })
    res.end(body)
  }

  /**
   * The reply before transport faults: the method's own, or the Warn fault's.
   * @param {http.IncomingMessage} req @param {string} method
   * @param {Record<string, string>} params @param {Faults} f
   * @returns {import("./envelopes").Reply}
   */
  function replyFor(req, method, params, f) {
    if (req.method !== "GET") {
      const reply = env.fail(gaps.MESSAGES.notGet)
      return { ...reply, status: gaps.NOT_GET_HTTP_STATUS }
    }
    if (method === "neworder" && fires(f.warn_no_order_id, random)) {
      const warn = {
        tag: /** @type {const} */ ("Warn"),
        text: gaps.WARN_NO_ORDER_ID,
      }
      return env.xmlOk(undefined, [warn])
    }
    return handle(method, { state, params, now: new Date(), faults: f })
  }

  const serverError = (/** @type {http.ServerResponse} */ res) => {
    res.writeHead(500, { "Content-Type": "text/plain" })
    res.end(gaps.SERVER_ERROR_BODY)
  }

  const protocol = http.createServer(onProtocol)
  const emu = {
    url: "",
    controlUrl: "",
    /** Live state; replaced by reset(). */
    get state() {
      return state
    },
    get faults() {
      return faults
    },
    get settings() {
      return settings
    },
    /** The last 1000 protocol requests, oldest first. */
    get requests() {
      return requests
    },
    /** The most protocol requests answered at once since the last reset. */
    get peakInFlight() {
      return load.peak
    },
    /** Starts counting the most requests at once afresh. */
    resetPeakInFlight() {
      load.peak = load.inFlight
    },
    start,
    stop,
    reset,
    setFaults,
    clearFaults,
    snapshot: () => ({ ...state, faults, settings }),
    /** Replaces the menu with rows in protocol field names; returns the new menu. */
    setMenu: (/** @type {any[]} */ rows) =>
      (state.menu = rows.map((r) => ({ ...r }))),
    /** Changes fields of one menu row; undefined when no row has that ID. */
    patchMenu(
      /** @type {string | number} */ id,
      /** @type {Record<string, unknown>} */ fields
    ) {
      const row = state.menu.find((r) => String(r.ID) === String(id))
      return row && Object.assign(row, fields)
    },
    /** Switches a dish off or on (its active flag, 1 or 0); undefined when no row has that ID. */
    setMenuActive(
      /** @type {string | number} */ id,
      /** @type {boolean} */ active
    ) {
      const row = state.menu.find((r) => String(r.ID) === String(id))
      return row && Object.assign(row, { [gaps.ACTIVE_FIELD]: active ? 1 : 0 })
    },
    setClients: (/** @type {any[]} */ rows) =>
      (state.clients = rows.map((r) => ({ ...r }))),
    /** Sets an order's status code; undefined when the order is unknown. */
    setOrderStatus(
      /** @type {string | number} */ id,
      /** @type {number} */ status
    ) {
      const order = state.orders.find((o) => String(o.id) === String(id))
      if (order)
        Object.assign(order, { status, updated_at: new Date().toISOString() })
      return order
    },
  }
  const control = http.createServer(controlHandler(emu))

  /** Opens or closes the protocol port to match `unreachable`; same port each time. */
  function syncListener() {
    const run = listenerChain.then(async () => {
      if (!started) return
      if (faults.unreachable) await close(protocol)
      else if (!protocol.listening) await listen(protocol, port, host)
    })
    listenerChain = run.catch(() => {})
    return run
  }

  function syncTicker() {
    clearInterval(ticker)
    ticker = undefined
    const ms = settings.auto_advance_ms
    if (!started || !(ms > 0)) return
    ticker = setInterval(
      () => {
        const now = Date.now()
        for (const o of state.orders) {
          const next = NEXT_STATUS[o.status]
          if (next !== undefined && now - Date.parse(o.updated_at) >= ms) {
            Object.assign(o, {
              status: next,
              updated_at: new Date(now).toISOString(),
            })
          }
        }
      },
      Math.max(5, Math.floor(ms / 4))
    )
    ticker.unref()
  }

  const hostInUrl = host.includes(":") ? `[${host}]` : host

  async function start() {
    if (started) return
    await listen(protocol, port, host)
    port = portOf(protocol)
    await listen(control, controlPort, host)
    controlPort = portOf(control)
    started = true
    emu.url = `http://${hostInUrl}:${port}`
    emu.controlUrl = `http://${hostInUrl}:${controlPort}`
    syncTicker()
    await syncListener()
  }

  async function stop() {
    started = false
    syncTicker()
    for (const t of sleeping) clearTimeout(t)
    sleeping.clear()
    await listenerChain
    await Promise.all([close(protocol), close(control)])
  }

  /** Back to the seed, faults off, auto-advance as constructed, empty request log. */
  async function reset() {
    state = seed()
    faults = defaultFaults()
    settings.auto_advance_ms = autoAdvanceMs
    requests.length = 0
    load.peak = load.inFlight
    syncTicker()
    await syncListener()
  }

  /**
   * Merges faults (see faults.js); `auto_advance_ms` sets the auto-advance period.
   * Throws before changing anything when a field is bad.
   * @param {Record<string, unknown>} patch
   */
  async function setFaults(patch) {
    if (!patch || typeof patch !== "object" || Array.isArray(patch)) {
      throw new Error("faults must be an object")
    }
    const { auto_advance_ms: advance, ...rest } = patch
    if (
      advance !== undefined &&
      (typeof advance !== "number" || !(advance >= 0))
    ) {
      throw new Error("auto_advance_ms must be a number >= 0")
    }
    faults = mergeFaults(faults, rest)
    if (advance !== undefined) {
      settings.auto_advance_ms = advance
      syncTicker()
    }
    await syncListener()
    return { faults, settings }
  }

  async function clearFaults() {
    faults = defaultFaults()
    await syncListener()
    return { faults, settings }
  }

  return emu
}

module.exports = { createEmulator, seed }
