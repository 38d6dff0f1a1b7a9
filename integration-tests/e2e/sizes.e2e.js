// @ts-check
// Sizes in the admin: the approval table shows each menu row's size, an admin
// splits one size out and merges the rows back into one product, and the
// regroup action previews what it would group. In English, then Ukrainian,
// and back to English for the steps after it.
const { switchLanguage } = require("./language")

/**
 * @param {string} url @param {string} method @param {unknown} [body]
 */
async function call(url, method, body) {
  const res = await fetch(url, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  })
  if (!res.ok) {
    throw new Error(`${method} ${url} → ${res.status} ${await res.text()}`)
  }
  return res.json()
}

/**
 * @param {{
 *   step: (name: string, fn: () => Promise<void>, focus?: () => any) => Promise<void>,
 *   page: import("playwright-core").Page,
 *   ctx: { controlUrl: string },
 * }} args
 */
async function runSizesE2e({ step, page, ctx }) {
  const table = () => page.getByTestId("archidelivery-approval")
  const row = (/** @type {string} */ name) =>
    table().locator("tbody tr", { hasText: name })
  /** The admin API with the browser's session. */
  const admin = async (/** @type {string} */ url, /** @type {any} */ body) => {
    const res = await page.request.fetch(url, {
      method: body ? "POST" : "GET",
      data: body,
    })
    if (!res.ok()) {
      throw new Error(`${url} → ${res.status()} ${await res.text()}`)
    }
    return res.json()
  }
  await step(
    "sizes-in-approval-table",
    async () => {
      // Two sizes of a coffee, named to sort first in the table.
      const { menu } = await call(`${ctx.controlUrl}/state`, "GET")
      await call(`${ctx.controlUrl}/menu`, "PUT", [
        ...menu,
        {
          ID: 901,
          NAME: "Americano 250 ml",
          MGNAME: "Напої",
          PRICE: 45,
          WEIGHT: 250,
          ACTIVE: 1,
        },
        {
          ID: 902,
          NAME: "Americano 400 ml",
          MGNAME: "Напої",
          PRICE: 59,
          WEIGHT: 400,
          ACTIVE: 1,
        },
      ])
      const started = await admin("/admin/archidelivery/product-imports", {})
      for (let i = 0; i < 240; i++) {
        const { product_import } = await admin(
          `/admin/archidelivery/product-imports/${started.product_import.id}`
        )
        if (product_import.status !== "running") break
        await page.waitForTimeout(500)
      }
      await page.goto("/app/products")
      await table().getByRole("columnheader", { name: "Size" }).waitFor()
      await row("Americano 250 ml")
        .getByText("250 ml", { exact: true })
        .waitFor()
      await row("Americano 400 ml")
        .getByText("400 ml", { exact: true })
        .waitFor()
    },
    table
  )

  await step(
    "sizes-split-and-merge",
    async () => {
      await row("Americano 400 ml").getByRole("checkbox").click()
      await page.getByRole("button", { name: /^Split out/ }).click()
      await page
        .getByText("1 size split out into a product of its own.")
        .waitFor()
      const split = await admin("/admin/archidelivery/products?q=Americano")
      const ids = new Set(
        split.products.map((/** @type {any} */ p) => p.product_id)
      )
      if (ids.size !== 2) throw new Error(`split: ${ids.size} products`)

      await row("Americano 250 ml").getByRole("checkbox").click()
      await row("Americano 400 ml").getByRole("checkbox").click()
      await page
        .getByRole("button", { name: /^Merge into one product/ })
        .click()
      await page
        .getByText("2 rows merged into one product with a size each.")
        .waitFor()
      const merged = await admin("/admin/archidelivery/products?q=Americano")
      const one = new Set(
        merged.products.map((/** @type {any} */ p) => p.product_id)
      )
      if (one.size !== 1) throw new Error(`merge: ${one.size} products`)
      await row("Americano 400 ml")
        .getByText("400 ml", { exact: true })
        .waitFor()
    },
    table
  )

  await step(
    "sizes-regroup-preview",
    async () => {
      await page.getByTestId("regroup-sizes").click()
      await page.getByText("Group sizes into one product").waitFor()
      // This shop was imported with sizes grouped: nothing left from before.
      await page
        .getByText("No products imported one per size: nothing to group.")
        .waitFor()
      await page.keyboard.press("Escape")
      await page
        .getByText("Group sizes into one product")
        .waitFor({ state: "hidden" })
    },
    table
  )

  await step("sizes-in-ukrainian", async () => {
    await switchLanguage(page, "Українська", "Save", "Мова")
    await page.goto("/app/products")
    await table().getByRole("columnheader", { name: "Розмір" }).waitFor()
    await row("Americano 250 ml").getByText("250 ml", { exact: true }).waitFor()
    await page
      .getByTestId("regroup-sizes")
      .getByText("Згрупувати розміри старих товарів")
      .waitFor()
    await page.getByTestId("regroup-sizes").click()
    await page.getByText("Згрупувати розміри в один товар").waitFor()
    await page
      .getByText(
        "Немає товарів, імпортованих окремо на кожен розмір: групувати нічого."
      )
      .waitFor()
    await page.keyboard.press("Escape")
    await switchLanguage(page, "English", "Зберегти", "Language")
  })
}

module.exports = { runSizesE2e }
