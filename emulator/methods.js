// @ts-check
// Protocol methods: each takes the live state and the decoded query and returns a reply.
const gaps = require("./gaps")
const env = require("./envelopes")
const { neworder } = require("./neworder")
const {
  isActive,
  text,
  findOrder,
  findClient,
  addClient,
  orderType,
} = require("./store")

const { MESSAGES: M, param } = gaps

/**
 * @typedef {import("./envelopes").Reply} Reply
 * @typedef {import("./store").Ctx} Ctx
 */

/**
 * A required whole-number parameter, or the error reply for it.
 * @returns {{ id: string } | { error: Reply }}
 */
function idParam(/** @type {Ctx} */ ctx, /** @type {string} */ name) {
  const v = text(ctx, name)
  if (!v) return { error: env.fail(M.missingParam(name)) }
  if (!/^\d+$/.test(v)) return { error: env.fail(M.badNumber(name)) }
  return { id: String(Number(v)) }
}

/** @type {Record<string, (ctx: Ctx) => Reply>} */
const methods = {
  ping: () => env.plain(gaps.PING_BODY),

  getallmenu: (ctx) =>
    env.ok(
      env.keyed(
        (ctx.faults?.list_inactive_rows ?? gaps.INACTIVE_ROWS_LISTED)
          ? ctx.state.menu
          : ctx.state.menu.filter(isActive)
      )
    ),

  getallpoint: (ctx) => env.ok(env.keyed(ctx.state.points)),

  getclientbyphone(ctx) {
    const phone = param(ctx.params, "phone") ?? ""
    if (!phone.trim()) return env.fail(M.missingParam("phone"))
    return env.ok(
      env.keyed(
        ctx.state.clients.filter((c) => gaps.phoneMatches(c.PHONE, phone))
      )
    )
  },

  getclientdata(ctx) {
    const p = idParam(ctx, "cid")
    if ("error" in p) return p.error
    const client = findClient(ctx.state, p.id)
    return env.ok(client ? env.keyed([client]) : gaps.EMPTY_DATA)
  },

  newclient(ctx) {
    const phone = text(ctx, "phone")
    if (!phone) return env.fail(M.missingParam("phone"))
    for (const name of gaps.NEWCLIENT_ADDRESS_FIELDS) {
      if ([...(param(ctx.params, name) ?? "")].length > gaps.ADDRESS_MAX) {
        return env.fail(M.fieldTooLong(name, gaps.ADDRESS_MAX))
      }
    }
    const f = (/** @type {string} */ n) => text(ctx, n)
    const client = addClient(ctx.state, {
      LOGIN: f("login"),
      SURNAME: f("surname"),
      NAME: f("name"),
      FATHERNAME: f("fathername"),
      FULLNAME: [f("surname"), f("name"), f("fathername")]
        .filter(Boolean)
        .join(" "),
      PHONE: phone,
      MAIL: f("email") || f("mail"),
      STREET: f("street"),
      HOUSE: f("house"),
      FLAT: f("flat"),
      STOREY: f("storey"),
      ENTRANCE: f("entrance"),
    })
    return env.ok({ ClientID: client.ID })
  },

  neworder,

  getorderdata(ctx) {
    const p = idParam(ctx, "OrderId")
    if ("error" in p) return p.error
    const order = findOrder(ctx.state, p.id)
    if (!order) return env.ok(gaps.EMPTY_DATA)
    const client = findClient(ctx.state, String(order.client_id))
    /** @type {Record<string, unknown>} */
    const all = {
      ID: order.id,
      ORDERSTATUS: order.status,
      CLIENTID: order.client_id,
      PHONE: param(order.params, "phone") || client?.PHONE || "",
      COMMENT: param(order.params, "comment") ?? "",
      ORDERDATETIME: gaps.formatDateTime(new Date(order.created_at)),
      ORDERTYPE: orderType(order),
      SUMMA: order.total,
    }
    /** @type {Record<string, unknown>} */
    const row = {}
    for (const k of gaps.ORDER_DATA_FIELDS) row[k] = all[k]
    if (ctx.faults?.order_data_blind)
      for (const k of gaps.BLIND_ORDER_DATA_FIELDS) delete row[k]
    return env.ok(env.keyed([row]))
  },

  getordercontent(ctx) {
    const p = idParam(ctx, "OrderId")
    if ("error" in p) return p.error
    const order = findOrder(ctx.state, p.id)
    if (!order) return env.ok(gaps.EMPTY_DATA)
    return env.ok(
      env.keyed(
        order.items.map((it) => ({
          NAME: it.NAME,
          QUANT: it.QUANT,
          ID: it.ID,
          PRICE: it.PRICE,
        }))
      )
    )
  },

  getorderbypoint(ctx) {
    const point = idParam(ctx, "pointid")
    if ("error" in point) return point.error
    const status = idParam(ctx, "statusid")
    if ("error" in status) return status.error
    const rows = ctx.state.orders
      .filter(
        (o) =>
          String(o.point_id) === point.id &&
          String(o.status) === status.id &&
          !(ctx.faults?.hide_website_orders && gaps.isWebsiteOrder(o))
      )
      .map((o) => ({
        ID: o.id,
        ORDERTYPE: orderType(o),
        FormatORDERDATETIME: gaps.formatDateTime(new Date(o.created_at)),
        AddressForYaMap: ["cityname", "street", "home"]
          .map((n) => (param(o.params, n) ?? "").trim())
          .filter(Boolean)
          .join(", "),
      }))
    return env.ok(env.keyed(rows))
  },
}

/**
 * Runs one protocol method.
 * @param {string} method lower-case name from the path
 * @param {Ctx} ctx
 * @returns {Reply}
 */
function handle(method, ctx) {
  const fn = Object.prototype.hasOwnProperty.call(methods, method)
    ? methods[method]
    : undefined
  return fn ? fn(ctx) : env.fail(M.unknownMethod(method))
}

module.exports = { handle, isActive, METHODS: Object.keys(methods) }
