// @ts-check
// Places orders through a Medusa server's Store API, as a storefront does:
// cart → shipping method → payment session → complete.

/**
 * @typedef {{ region_id: string, publishable_key: string, delivery_option_id: string,
 *   pickup_option_id: string, dishes: { variant_id: string, price: number }[] }} Fixture
 * @typedef {{ id: string, display_id: number }} PlacedOrder
 */

/** One order's address; each order has its own phone, as real customers do. */
const address = (/** @type {number} */ i) => ({
  first_name: "Олена",
  last_name: `Покупець ${i}`,
  address_1: `вул. Хрещатик, ${1 + (i % 40)}`,
  address_2: `кв. ${1 + (i % 90)}`,
  city: "Київ",
  country_code: "ua",
  postal_code: "01001",
  phone: `+38067${String(2_000_000 + i).padStart(7, "0")}`,
})

/**
 * @param {string} baseUrl the server instance, e.g. http://127.0.0.1:9000
 * @param {Fixture} fixture
 */
function storefront(baseUrl, fixture) {
  const headers = {
    "content-type": "application/json",
    "x-publishable-api-key": fixture.publishable_key,
  }

  /** @param {string} path @param {unknown} body */
  async function post(path, body) {
    const res = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    })
    const text = await res.text()
    if (!res.ok) {
      throw new Error(`POST ${path} → ${res.status}: ${text.slice(0, 300)}`)
    }
    return JSON.parse(text)
  }

  /**
   * Order number `i`: a few dishes; every fifth order is a pickup.
   * @param {number} i
   * @returns {Promise<PlacedOrder>}
   */
  async function placeOrder(i) {
    const dishes = fixture.dishes
    const items = [
      {
        variant_id: dishes[i % dishes.length].variant_id,
        quantity: 1 + (i % 3),
      },
      { variant_id: dishes[(i + 1) % dishes.length].variant_id, quantity: 1 },
    ]
    const shipping = address(i)
    const { cart } = await post("/store/carts", {
      region_id: fixture.region_id,
      email: `cluster-${i}@example.com`,
      items,
      shipping_address: shipping,
      billing_address: shipping,
    })
    const option =
      i % 5 === 4 ? fixture.pickup_option_id : fixture.delivery_option_id
    await post(`/store/carts/${cart.id}/shipping-methods`, {
      option_id: option,
    })
    const { payment_collection } = await post("/store/payment-collections", {
      cart_id: cart.id,
    })
    await post(
      `/store/payment-collections/${payment_collection.id}/payment-sessions`,
      {
        provider_id: "pp_system_default",
      }
    )
    const done = await post(`/store/carts/${cart.id}/complete`, {})
    if (done.type !== "order") {
      throw new Error(
        `cart ${cart.id} not completed: ${JSON.stringify(done.error ?? done).slice(0, 300)}`
      )
    }
    return { id: done.order.id, display_id: done.order.display_id }
  }

  return { placeOrder }
}

/**
 * Places `count` orders, `concurrency` at a time. `onPlaced(n)` runs after
 * each success (n = how many so far), so the caller can act midway.
 * @param {ReturnType<typeof storefront>} shop
 * @param {{ count: number, concurrency: number, onPlaced?: (n: number) => void | Promise<void> }} opts
 */
async function placeOrders(shop, { count, concurrency, onPlaced }) {
  /** @type {PlacedOrder[]} */
  const placed = []
  /** @type {{ index: number, error: string }[]} */
  const errors = []
  let next = 0
  const lane = async () => {
    while (next < count) {
      const i = next++
      try {
        placed.push(await shop.placeOrder(i))
        await onPlaced?.(placed.length)
      } catch (e) {
        errors.push({
          index: i,
          error: e instanceof Error ? e.message : String(e),
        })
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane))
  return { placed, errors }
}

module.exports = { storefront, placeOrders }
