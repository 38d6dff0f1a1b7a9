// @ts-check
// neworder: the one method that creates orders, with all its checks.
const gaps = require("./gaps")
const env = require("./envelopes")
const {
  isActive,
  text,
  findClient,
  round2,
  splitName,
  nextId,
  addClient,
} = require("./store")

const { MESSAGES: M, param } = gaps

/**
 * @typedef {import("./seed").Client} Client
 * @typedef {import("./seed").Order} Order
 * @typedef {import("./seed").OrderItem} OrderItem
 * @typedef {import("./envelopes").Reply} Reply
 * @typedef {import("./store").Ctx} Ctx
 */

/**
 * Items of a neworder: legacy "ID#qty,ID#qty", or JSON with orderformattype=1.
 * @param {Ctx} ctx
 * @returns {{ items: OrderItem[], errors: string[] }}
 */
function parseItems(ctx) {
  const raw = text(ctx, "order")
  const format = text(ctx, "orderformattype")
  /** @type {{ id: string, quant: string, mods?: unknown[] }[]} */
  const lines = []
  /** @type {string[]} */
  const errors = []
  if (!raw) return { items: [], errors: [M.emptyOrder] }
  if (format === "1") {
    let parsed
    try {
      parsed = JSON.parse(raw)
    } catch {
      parsed = null
    }
    if (!Array.isArray(parsed) || !parsed.length)
      return { items: [], errors: [M.badJson] }
    for (const o of parsed) {
      if (!o || typeof o !== "object") errors.push(M.badLine(JSON.stringify(o)))
      else
        lines.push({
          id: String(o.menuId ?? ""),
          quant: String(o.quant ?? ""),
          mods: Array.isArray(o.mods) ? o.mods : [],
        })
    }
  } else if (format === "" || format === "0") {
    for (const part of raw.split(",")) {
      if (!part.trim()) continue
      const m = /^\s*([^#]*)#([^#]*)$/.exec(part)
      if (m) lines.push({ id: m[1].trim(), quant: m[2].trim() })
      else errors.push(M.badLine(part))
    }
  } else {
    errors.push(M.badNumber("orderformattype"))
  }
  /** @type {OrderItem[]} */
  const items = []
  for (const line of lines) {
    const row = /^\d+$/.test(line.id)
      ? ctx.state.menu.find((r) => String(r.ID) === String(Number(line.id)))
      : undefined
    if (!row) errors.push(M.unknownItem(line.id))
    else if (!isActive(row)) errors.push(M.inactiveItem(line.id, row.NAME))
    else if (!gaps.QUANT_RE.test(line.quant))
      errors.push(M.badQuant(line.id, line.quant))
    else {
      /** @type {OrderItem} */
      const item = {
        ID: row.ID,
        NAME: row.NAME,
        PRICE: row.PRICE,
        QUANT: Number(line.quant),
      }
      if (line.mods) item.mods = line.mods
      items.push(item)
    }
  }
  if (!lines.length && !errors.length) errors.push(M.emptyOrder)
  return { items, errors }
}

/** Errors in neworder's client part; returns the known client for type 1. */
function checkClient(/** @type {Ctx} */ ctx, /** @type {string[]} */ errors) {
  const type = text(ctx, "type")
  if (type === "1") {
    const id = text(ctx, "clientid")
    if (!id) errors.push(M.missingParam("clientid"))
    else {
      const client = /^\d+$/.test(id)
        ? findClient(ctx.state, String(Number(id)))
        : undefined
      if (!client) errors.push(M.unknownClient(id))
      return client
    }
  } else if (type === "" || type === "0") {
    if (!text(ctx, "client")) errors.push(M.missingParam("client"))
    if (!text(ctx, "phone")) errors.push(M.missingParam("phone"))
  } else {
    errors.push(M.badType)
  }
  return undefined
}

/** Errors in neworder's other fields. */
function checkFields(/** @type {Ctx} */ ctx, /** @type {string[]} */ errors) {
  const comment = param(ctx.params, "comment") ?? ""
  if ([...comment].length > gaps.COMMENT_MAX)
    errors.push(M.commentTooLong(gaps.COMMENT_MAX))
  for (const name of ["time", "timeend"]) {
    const v = text(ctx, name)
    if (v && !gaps.TIME_RE.test(v)) errors.push(M.badTime(name))
  }
  for (const name of ["flatwarecount", "paymenttype"]) {
    const v = text(ctx, name)
    if (v && !/^\d+$/.test(v)) errors.push(M.badNumber(name))
  }
  const orderType = text(ctx, "ordertype")
  if (orderType && !gaps.ORDER_TYPE_RE.test(orderType))
    errors.push(M.badNumber("ordertype"))
  const change = text(ctx, "changefrom")
  if (change && !/^\d+(\.\d+)?$/.test(change))
    errors.push(M.badNumber("changefrom"))
}

/**
 * neworder: checks everything first, so a rejected order writes nothing.
 * @param {Ctx} ctx
 * @returns {Reply}
 */
function neworder(ctx) {
  /** @type {string[]} */
  const errors = []
  let client = checkClient(ctx, errors)
  const { items, errors: itemErrors } = parseItems(ctx)
  errors.push(...itemErrors)
  checkFields(ctx, errors)
  if (errors.length) return env.xmlErrors(errors)
  const f = (/** @type {string} */ n) => text(ctx, n)
  if (!client) {
    client = addClient(ctx.state, {
      ...splitName(f("client")),
      FULLNAME: f("client"),
      PHONE: f("phone"),
      MAIL: gaps.orderMail(f),
      CITYNAME: f("cityname"),
      STREET: f("street"),
      HOUSE: f("home"),
      FLAT: f("room"),
      STOREY: f("level"),
      ENTRANCE: f("frontdoor"),
    })
  }
  const at = ctx.now.toISOString()
  /** @type {Order} */
  const order = {
    id: nextId(ctx.state.orders, gaps.FIRST_ORDER_ID),
    status: gaps.NEW_ORDER_STATUS,
    created_at: at,
    updated_at: at,
    params: { ...ctx.params },
    client_id: client.ID,
    point_id: gaps.defaultPointId(ctx.state.points),
    items,
    total: round2(
      items.reduce(
        (s, it) =>
          s + (it.PRICE + gaps.modsPrice(it.mods, ctx.state.menu)) * it.QUANT,
        0
      )
    ),
    doorphone: gaps.doorphoneOf(f("doorphone")),
  }
  ctx.state.orders.push(order)
  return env.xmlOk(order.id)
}

module.exports = { neworder }
