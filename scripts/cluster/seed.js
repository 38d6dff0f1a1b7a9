// @ts-check
// `medusa exec scripts/cluster/seed.js <out.json>`: the shop the cluster
// test buys from. The same store the HTTP tests use (a UAH region, a
// publishable key, courier and pickup options on the ArchiDelivery provider),
// with its dishes linked to rows of the emulator's menu so orders can be sent.
// Writes what a storefront needs to <out.json>.
const fs = require("node:fs")
const { createStoreFixture } = require("../../integration-tests/utils/store")

/** Emulator menu rows the dishes stand for: id and price. */
const DISHES = [
  { archidelivery_id: "101", name: "Маргарита 30 см", price: 185 },
  { archidelivery_id: "301", name: "Філадельфія", price: 329 },
  { archidelivery_id: "401", name: "Coca-Cola 0,5 л", price: 45 },
]

/** @param {{ container: import("@medusajs/framework/types").MedusaContainer, args: string[] }} input */
exports.default = async function seedClusterStore({ container, args }) {
  const [out] = args
  if (!out) {
    throw new Error("usage: medusa exec scripts/cluster/seed.js <out.json>")
  }
  const fixture = await createStoreFixture(container, {
    prices: DISHES.map((d) => d.price),
  })
  /** @type {any} */
  const archidelivery = container.resolve("archidelivery")
  const now = new Date()
  await archidelivery.createProductLinks(
    fixture.dishes.map((dish, i) => ({
      archidelivery_id: DISHES[i].archidelivery_id,
      product_id: dish.product_id,
      variant_id: dish.variant_id,
      approved: true,
      approved_at: now,
      imported_name: DISHES[i].name,
      imported_price: DISHES[i].price,
      imported_at: now,
    }))
  )
  fs.writeFileSync(out, JSON.stringify(fixture, null, 2))
}
