// @ts-check
// The control API (its own port, UTF-8 JSON): tests and the demo steer the emulator here.

/**
 * @typedef {import("./index").Emulator} Emulator
 * @typedef {(emu: Emulator, body: any, id: string) => unknown} Route
 */

/** An error that carries its HTTP status. */
class HttpError extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message)
    this.status = status
  }
}

const isObject = (/** @type {unknown} */ v) =>
  !!v && typeof v === "object" && !Array.isArray(v)

/** @param {unknown} rows @param {string} what */
function objectList(rows, what) {
  if (!Array.isArray(rows) || !rows.every(isObject)) {
    throw new HttpError(400, `${what} must be a list of objects`)
  }
  return /** @type {Record<string, unknown>[]} */ (rows)
}

/** @type {[string, RegExp, Route][]} */
const ROUTES = [
  ["GET", /^\/state$/, (emu) => emu.snapshot()],
  ["POST", /^\/reset$/, async (emu) => (await emu.reset(), { ok: true })],
  [
    "PUT",
    /^\/menu$/,
    (emu, body) => ({ menu: emu.setMenu(objectList(body, "menu")) }),
  ],
  [
    "PATCH",
    /^\/menu\/([^/]+)$/,
    (emu, body, id) => {
      if (!isObject(body))
        throw new HttpError(400, "body must be an object of fields")
      const row = emu.patchMenu(id, body)
      if (!row) throw new HttpError(404, `no menu row with ID ${id}`)
      return { menu_item: row }
    },
  ],
  [
    // Switches a dish off or on in the kitchen: sets the row's active flag.
    "POST",
    /^\/menu\/([^/]+)\/active$/,
    (emu, body, id) => {
      const active = isObject(body) ? body.active : undefined
      if (typeof active !== "boolean")
        throw new HttpError(400, "active must be a boolean")
      const row = emu.setMenuActive(id, active)
      if (!row) throw new HttpError(404, `no menu row with ID ${id}`)
      return { menu_item: row }
    },
  ],
  [
    "PUT",
    /^\/clients$/,
    (emu, body) => ({ clients: emu.setClients(objectList(body, "clients")) }),
  ],
  [
    "GET",
    /^\/faults$/,
    (emu) => ({ faults: emu.faults, settings: emu.settings }),
  ],
  [
    "POST",
    /^\/faults$/,
    (emu, body) => badRequestOnThrow(() => emu.setFaults(body)),
  ],
  ["DELETE", /^\/faults$/, (emu) => emu.clearFaults()],
  [
    "POST",
    /^\/orders\/([^/]+)\/status$/,
    (emu, body, id) => {
      const status = isObject(body) ? body.status : undefined
      if (!Number.isInteger(status))
        throw new HttpError(400, "status must be an integer")
      const order = emu.setOrderStatus(id, status)
      if (!order) throw new HttpError(404, `no order with id ${id}`)
      return { order }
    },
  ],
  ["GET", /^\/requests$/, (emu) => ({ requests: emu.requests })],
  [
    "DELETE",
    /^\/requests$/,
    (emu) => ((emu.requests.length = 0), { requests: [] }),
  ],
]

/** @param {() => unknown} fn */
async function badRequestOnThrow(fn) {
  try {
    return await fn()
  } catch (e) {
    throw new HttpError(400, /** @type {Error} */ (e).message)
  }
}

/** @param {import("node:http").IncomingMessage} req */
async function readJson(req) {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  const raw = Buffer.concat(chunks).toString("utf8").trim()
  if (!raw) return undefined
  try {
    return JSON.parse(raw)
  } catch {
    throw new HttpError(400, "body is not valid JSON")
  }
}

/** @param {import("node:http").ServerResponse} res @param {number} status @param {unknown} data */
function sendJson(res, status, data) {
  const bytes = Buffer.from(JSON.stringify(data), "utf8")
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": bytes.length,
  })
  res.end(bytes)
}

/**
 * @param {Emulator} emu
 * @returns {import("node:http").RequestListener}
 */
function controlHandler(emu) {
  return async (req, res) => {
    try {
      const path = new URL(req.url ?? "/", "http://control").pathname.replace(
        /\/+$/,
        ""
      )
      const matches = ROUTES.filter(([, re]) => re.test(path))
      if (!matches.length) throw new HttpError(404, `no route ${path}`)
      const route = matches.find(([method]) => method === req.method)
      if (!route)
        throw new HttpError(405, `${req.method} not allowed on ${path}`)
      const body = await readJson(req)
      const id = decodeURIComponent((route[1].exec(path) ?? [])[1] ?? "")
      sendJson(res, 200, await route[2](emu, body, id))
    } catch (e) {
      const err = /** @type {Error & { status?: number }} */ (e)
      sendJson(res, err.status ?? 500, { error: err.message })
    }
  }
}

module.exports = { controlHandler }
