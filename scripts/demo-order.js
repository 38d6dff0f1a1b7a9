#!/usr/bin/env node
// @ts-check
// `npm run demo:order`: places real orders in the running demo through the
// Store API, step by step as a storefront does, then shows each order
// arriving in ArchiDelivery.
const fs = require("node:fs")
const path = require("node:path")
const { parseArgs } = require("node:util")
const { sleep } = require("./lib/process")

const DEMO_KEY_TITLE = "ArchiDelivery demo storefront"
const USAGE = `usage: npm run demo:order -- [options]

  -n, --count <n>        how many orders (default 1)
      --customer <who>   guest (default) or registered: a signed-in customer
                         whose phone matches an ArchiDelivery client
      --pickup           pickup at a point instead of courier delivery
      --backend <url>    the demo's Medusa (default: the running demo, else
                         http://localhost:$PORT or :9000)
      --no-wait          do not wait for the orders to reach ArchiDelivery
  -h, --help

PUBLISHABLE_KEY skips the admin look-up of the storefront key;
DEMO_ADMIN_EMAIL / DEMO_ADMIN_PASSWORD are the demo's admin login.`

const GUEST = {
  email: "guest@example.com",
  first_name: "Олена",
  last_name: "Гуцул",
  phone: "+380671230001",
}
// Its phone is ArchiDelivery client 2105's in the emulator, so it is linked.
const REGISTERED = {
  email: "yaroslava.demo@example.com",
  password: "supersecret",
  first_name: "Ярослава",
  last_name: "Ткаченко",
  phone: "+380632223344",
}

const say = (/** @type {string} */ line) => console.log(`[order] ${line}`)

function options() {
  const { values } = parseArgs({
    options: {
      count: { type: "string", short: "n", default: "1" },
      customer: { type: "string", default: "guest" },
      pickup: { type: "boolean", default: false },
      backend: { type: "string" },
      "no-wait": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const count = Number(values.count)
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(
      `--count must be a whole number from 1, got ${values.count}`
    )
  }
  if (values.customer !== "guest" && values.customer !== "registered") {
    throw new Error(
      `--customer must be guest or registered, got ${values.customer}`
    )
  }
  const running = readRunning()
  const backend = (
    values.backend ??
    running?.backend_url ??
    `http://localhost:${process.env.PORT || 9000}`
  ).replace(/\/$/, "")
  return {
    count,
    registered: values.customer === "registered",
    pickup: values.pickup,
    wait: !values["no-wait"],
    backend,
    controlUrl: values.backend ? null : (running?.control_url ?? null),
  }
}

/** What `npm run demo` wrote while it runs. */
function readRunning() {
  try {
    const file = path.join(__dirname, "..", ".demo", "running.json")
    return JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    return null
  }
}

/**
 * One JSON request; a non-2xx reply throws with Medusa's message.
 * @param {string} base @param {string} method @param {string} url
 * @param {{ body?: unknown, headers?: Record<string, string> }} [opts]
 */
async function call(base, method, url, opts = {}) {
  let res
  try {
    res = await fetch(base + url, {
      method,
      headers: { "content-type": "application/json", ...opts.headers },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    })
  } catch (e) {
    throw new Error(
      `${base} does not answer (${/** @type {Error} */ (e).cause ?? e}); is \`npm run demo\` running?`
    )
  }
  const text = await res.text()
  /** @type {any} */
  let data
  try {
    data = text ? JSON.parse(text) : {}
  } catch {
    data = { message: text }
  }
  if (!res.ok) {
    throw new Error(
      `${method} ${url} answered ${res.status}: ${data.message ?? text}`
    )
  }
  return data
}

/** @param {string} base */
async function adminHeaders(base) {
  const email = process.env.DEMO_ADMIN_EMAIL || "admin@example.com"
  const password = process.env.DEMO_ADMIN_PASSWORD || "supersecret"
  const { token } = await call(base, "POST", "/auth/user/emailpass", {
    body: { email, password },
  })
  return { authorization: `Bearer ${token}` }
}

/**
 * The storefront's publishable key: a real storefront has it in its
 * configuration; here the admin API tells which one the seed made.
 * @param {string} base @param {Record<string, string>} admin
 */
async function publishableKey(base, admin) {
  if (process.env.PUBLISHABLE_KEY) return process.env.PUBLISHABLE_KEY
  const { api_keys } = await call(
    base,
    "GET",
    "/admin/api-keys?type=publishable&limit=100&fields=id,title,token,revoked_at",
    { headers: admin }
  )
  const key =
    api_keys.find(
      (/** @type {any} */ k) => k.title === DEMO_KEY_TITLE && !k.revoked_at
    ) ?? api_keys.find((/** @type {any} */ k) => !k.revoked_at)
  if (!key) throw new Error("no publishable key: was the demo store seeded?")
  return key.token
}

/**
 * Signs the registered demo customer in, registering them the first time.
 * @param {string} base @param {Record<string, string>} store
 */
async function customerHeaders(base, store) {
  const { email, password, ...profile } = REGISTERED
  const login = () =>
    call(base, "POST", "/auth/customer/emailpass", {
      body: { email, password },
    })
  try {
    const { token } = await login()
    return { ...store, authorization: `Bearer ${token}` }
  } catch {
    const { token } = await call(
      base,
      "POST",
      "/auth/customer/emailpass/register",
      {
        body: { email, password },
      }
    )
    await call(base, "POST", "/store/customers", {
      body: { email, ...profile },
      headers: { ...store, authorization: `Bearer ${token}` },
    })
    say(`registered customer ${email}`)
    const { token: session } = await login()
    return { ...store, authorization: `Bearer ${session}` }
  }
}

/** @param {any[]} list */
const pick = (list) => list[Math.floor(Math.random() * list.length)]

/**
 * One checkout, as a storefront makes it.
 * @param {string} base @param {Record<string, string>} headers
 * @param {{ region: any, dishes: any[], registered: boolean, pickup: boolean }} ctx
 */
async function placeOrder(base, headers, ctx) {
  const who = ctx.registered ? REGISTERED : GUEST
  const address = {
    first_name: who.first_name,
    last_name: who.last_name,
    address_1: "вул. Хрещатик, 22",
    address_2: "кв. 5",
    city: "Київ",
    country_code: "ua",
    postal_code: "01001",
    phone: who.phone,
  }
  const { cart } = await call(base, "POST", "/store/carts", {
    body: { region_id: ctx.region.id, email: who.email },
    headers,
  })
  const lines = new Map()
  const kinds = 1 + Math.floor(Math.random() * 3)
  for (let i = 0; i < kinds; i++) {
    const dish = pick(ctx.dishes)
    lines.set(dish.variant_id, {
      dish,
      quantity: 1 + Math.floor(Math.random() * 2),
    })
  }
  for (const [variant_id, { quantity }] of lines) {
    await call(base, "POST", `/store/carts/${cart.id}/line-items`, {
      body: { variant_id, quantity },
      headers,
    })
  }
  await call(base, "POST", `/store/carts/${cart.id}`, {
    body: { shipping_address: address, billing_address: address },
    headers,
  })
  const { shipping_options } = await call(
    base,
    "GET",
    `/store/shipping-options?cart_id=${cart.id}`,
    { headers }
  )
  const wanted = ctx.pickup ? "pickup" : "delivery"
  const option = shipping_options.find(
    (/** @type {any} */ o) => o.data?.type === wanted
  )
  if (!option) {
    throw new Error(
      `no ${wanted} shipping option for this cart: was the demo store seeded?`
    )
  }
  await call(base, "POST", `/store/carts/${cart.id}/shipping-methods`, {
    body: { option_id: option.id },
    headers,
  })
  const { payment_collection } = await call(
    base,
    "POST",
    "/store/payment-collections",
    {
      body: { cart_id: cart.id },
      headers,
    }
  )
  await call(
    base,
    "POST",
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { body: { provider_id: "pp_system_default" }, headers }
  )
  const done = await call(base, "POST", `/store/carts/${cart.id}/complete`, {
    headers,
  })
  if (done.type !== "order") {
    throw new Error(
      `the cart was not completed: ${done.error?.message ?? JSON.stringify(done)}`
    )
  }
  const items = [...lines.values()].map(
    ({ dish, quantity }) => `${quantity} × ${dish.title}`
  )
  say(
    `order #${done.order.display_id} placed (${option.name}, ${done.order.total} ${String(
      done.order.currency_code
    ).toUpperCase()}): ${items.join(", ")}`
  )
  return done.order
}

/**
 * Waits until the plugin has pushed the order (it does so right after
 * checkout; the minute job is the safety net) and says what ArchiDelivery did.
 * @param {string} base @param {Record<string, string>} admin @param {any} order
 * @param {string | null} controlUrl
 */
async function follow(base, admin, order, controlUrl) {
  for (let i = 0; i < 90; i++) {
    const sync = await call(
      base,
      "GET",
      `/admin/archidelivery/orders/${order.id}`,
      {
        headers: admin,
      }
    )
      .then((d) => d.order_sync)
      .catch(() => null)
    if (sync && !["queued", "sending"].includes(sync.status)) {
      if (sync.status === "sent") {
        let kitchen = ""
        if (controlUrl) {
          const state = await fetch(`${controlUrl}/state`)
            .then((r) => r.json())
            .catch(() => null)
          const found = state?.orders?.find(
            (/** @type {any} */ o) =>
              String(o.id) === String(sync.archidelivery_order_id)
          )
          if (found)
            kitchen = ` — the emulator holds it with status ${found.status}`
        }
        say(
          `order #${order.display_id} → ArchiDelivery order ${sync.archidelivery_order_id}${kitchen}`
        )
      } else {
        say(
          `order #${order.display_id} is ${sync.status}: ${sync.last_error ?? ""}`
        )
      }
      return sync.status === "sent"
    }
    await sleep(1000)
  }
  say(
    `order #${order.display_id} is still queued; the minute job will retry it`
  )
  return false
}

async function main() {
  const opts = options()
  const base = opts.backend
  const admin = await adminHeaders(base)
  const store = { "x-publishable-api-key": await publishableKey(base, admin) }
  const headers = opts.registered ? await customerHeaders(base, store) : store

  const { regions } = await call(base, "GET", "/store/regions", {
    headers: store,
  })
  const region =
    regions.find((/** @type {any} */ r) => r.currency_code === "uah") ??
    regions[0]
  if (!region)
    throw new Error("the store has no region: was the demo store seeded?")
  const { products } = await call(
    base,
    "GET",
    `/store/products?region_id=${region.id}&limit=100&fields=id,title,*variants,*variants.calculated_price`,
    { headers: store }
  )
  const dishes = products.flatMap((/** @type {any} */ p) =>
    p.variants?.[0]?.calculated_price
      ? [{ title: p.title, variant_id: p.variants[0].id }]
      : []
  )
  if (!dishes.length) {
    throw new Error(
      "no published dish has a price in this region: was the demo store seeded?"
    )
  }

  const orders = []
  for (let i = 0; i < opts.count; i++) {
    orders.push(
      await placeOrder(base, headers, {
        region,
        dishes,
        registered: opts.registered,
        pickup: opts.pickup,
      })
    )
  }
  if (!opts.wait) return
  let allSent = true
  for (const order of orders) {
    allSent = (await follow(base, admin, order, opts.controlUrl)) && allSent
  }
  say(`the admin shows them at ${base}/app/orders`)
  process.exitCode = allSent ? 0 : 1
}

main().catch((e) => {
  console.error(`[order] ${e instanceof Error ? e.message : e}`)
  process.exit(1)
})
