// @ts-check
// The plugin's admin pages in a real headless Chromium, as a restaurant's
// admin uses them: sign in, import the menu and watch it finish, approve two
// dishes, read why an order did not reach the kitchen, fix it and retry, look
// at the settings page, and see it all in Ukrainian, then in Russian. `scripts/e2e.js` starts
// the host and calls `runAdminE2e`; each step leaves a screenshot.
const fs = require("node:fs")
const path = require("node:path")
const { switchLanguage } = require("./language")

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
]

/**
 * @typedef {{
 *   baseUrl: string,
 *   controlUrl: string,
 *   admin: { email: string, password: string },
 *   fixture: { region_id: string, sales_channel_id: string, publishable_key: string,
 *     delivery_options: Record<string, string>, customer_id: string },
 *   artifactsDir: string,
 *   log?: (line: string) => void,
 * }} E2eContext
 */

/** @param {E2eContext} ctx */
async function runAdminE2e(ctx) {
  const log = ctx.log ?? ((line) => console.log(line))
  const { chromium } = require("playwright-core")
  fs.mkdirSync(ctx.artifactsDir, { recursive: true })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  })
  const context = await browser.newContext({
    baseURL: ctx.baseUrl,
    viewport: { width: 1440, height: 1000 },
    locale: "en-US",
    timezoneId: "Europe/Kyiv",
  })
  context.setDefaultTimeout(30_000)
  const page = await context.newPage()
  page.on("pageerror", (e) => log(`  (page error) ${e.message}`))

  /** @type {{ name: string, ok: boolean, error?: string }[]} */
  const results = []
  let failed = false
  let n = 0

  /**
   * Runs one step; after the first failure the rest are reported as not run.
   * The dashboard scrolls inside its own pane, so a page screenshot shows only
   * the top: `focus` names the part to scroll to and capture as well.
   * @param {string} name @param {() => Promise<void>} fn
   * @param {() => import("playwright-core").Locator | import("playwright-core").Locator[]} [focus]
   */
  const step = async (name, fn, focus) => {
    n += 1
    const shot = path.join(
      ctx.artifactsDir,
      `${String(n).padStart(2, "0")}-${name}.png`
    )
    if (failed) {
      results.push({
        name,
        ok: false,
        error: "not run: an earlier step failed",
      })
      log(`✕ ${name} (not run)`)
      return
    }
    const started = Date.now()
    try {
      await fn()
      const targets = focus ? [focus()].flat() : []
      for (const [i, target] of targets.entries()) {
        await target.scrollIntoViewIfNeeded()
        const suffix =
          targets.length > 1 ? `-detail-${i + 1}.png` : "-detail.png"
        await target.screenshot({ path: shot.replace(/\.png$/, suffix) })
      }
      await page.screenshot({ path: shot })
      results.push({ name, ok: true })
      log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
    } catch (e) {
      failed = true
      const error = e instanceof Error ? e.message : String(e)
      await page
        .screenshot({ path: shot.replace(/\.png$/, "-FAILED.png") })
        .catch(() => {})
      results.push({ name, ok: false, error })
      log(`✕ ${name}: ${error}`)
    }
  }

  const emulator = {
    patchMenu: (/** @type {string} */ id, /** @type {object} */ fields) =>
      call(`${ctx.controlUrl}/menu/${id}`, "PATCH", fields),
    state: () => call(`${ctx.controlUrl}/state`, "GET"),
  }
  /** The admin API with the browser's session, as the dashboard calls it. */
  const admin = async (
    /** @type {string} */ url,
    /** @type {any} */ init = {}
  ) => {
    const res = await page.request.fetch(url, {
      method: init.method ?? "GET",
      data: init.body,
    })
    if (!res.ok()) {
      throw new Error(
        `${init.method ?? "GET"} ${url} → ${res.status()} ${await res.text()}`
      )
    }
    return res.json()
  }

  /** @type {string[]} */
  let approvedIds = []
  /** @type {{ product_id: string, archidelivery_id: string, variant_id?: string, name: string }[]} */
  let approved = []
  let orderId = ""

  try {
    await step("login", async () => {
      await page.goto("/app/login")
      await page.locator('input[name="email"]').fill(ctx.admin.email)
      await page.locator('input[name="password"]').fill(ctx.admin.password)
      await page.locator('button[type="submit"]').click()
      await page.waitForURL((url) => !url.pathname.includes("/login"), {
        timeout: 60_000,
      })
      await page.getByRole("navigation").first().waitFor()
    })

    await step(
      "products-widget",
      async () => {
        await page.goto("/app/products")
        const panel = page.getByTestId("archidelivery-import")
        await panel.getByText("Import from ArchiDelivery").waitFor()
        await panel.getByText("No import yet").waitFor()
        await page
          .getByTestId("archidelivery-approval")
          .getByText("Nothing awaits approval")
          .waitFor()
      },
      () => page.getByTestId("archidelivery-import")
    )

    await step(
      "import-progress",
      async () => {
        const panel = page.getByTestId("archidelivery-import")
        await panel.getByTestId("start-import").click()
        // The run shows a bar while it goes, then its totals; a fast run may
        // skip straight to the totals, so accept either but require the end.
        await panel
          .locator('[role="progressbar"], [data-testid="import-totals"]')
          .first()
          .waitFor({ timeout: 30_000 })
        await panel.getByTestId("import-totals").waitFor({ timeout: 120_000 })
        const created = await panel.getByTestId("stat-created").innerText()
        if (!/\d/.test(created) || /(^|\D)0$/.test(created.trim())) {
          throw new Error(`the import created nothing: ${created}`)
        }
      },
      () => page.getByTestId("archidelivery-import")
    )

    await step(
      "import-report",
      async () => {
        await page.getByTestId("open-report").click()
        const report = page.getByTestId("import-report")
        await report.getByText("Import report").waitFor()
        await report.getByTestId("import-totals").waitFor()
        // The seed menu has rows hidden from ordering: nothing else to report is fine too.
        await report.locator("table, p").first().waitFor()
      },
      () => page.getByTestId("import-report")
    )

    await step(
      "approve-two",
      async () => {
        await page.keyboard.press("Escape")
        await page.getByTestId("import-report").waitFor({ state: "hidden" })
        const table = page.getByTestId("archidelivery-approval")
        const before = Number(
          await table.getByTestId("awaiting-count").innerText()
        )
        if (!(before >= 2)) {
          throw new Error(`expected dishes awaiting approval, saw ${before}`)
        }
        const rows = table.locator("tbody tr")
        await rows.nth(0).getByRole("checkbox").click()
        await rows.nth(1).getByRole("checkbox").click()
        await page.getByText("2 selected").waitFor()
        await page.getByRole("button", { name: /^Approve/ }).click()
        await page.getByText("2 products approved.").waitFor()
        await page.waitForFunction(
          ([expected]) =>
            document
              .querySelector('[data-testid="awaiting-count"]')
              ?.textContent?.trim() === String(expected),
          [before - 2]
        )
        const list = await admin(
          "/admin/archidelivery/products?approved=true&limit=10"
        )
        approved = list.products
        approvedIds = approved.map((/** @type {any} */ p) => p.product_id)
        if (approvedIds.length !== 2) {
          throw new Error(
            `expected 2 approved products, the API has ${approvedIds.length}`
          )
        }
      },
      () => page.getByTestId("archidelivery-approval")
    )

    await step(
      "product-details",
      async () => {
        await page.goto(`/app/products/${approvedIds[0]}`)
        const widget = page.getByTestId("archidelivery-product")
        await widget
          .getByText(approved[0].archidelivery_id, { exact: true })
          .waitFor()
        await widget
          .getByTestId("product-approval")
          .getByText("Approved", { exact: true })
          .waitFor()
      },
      () => page.getByTestId("archidelivery-product")
    )

    await require("./sizes.e2e").runSizesE2e({ step, page, ctx })

    await step(
      "order-failed",
      async () => {
        // The admin publishes the approved dishes; then the kitchen takes the
        // first one off the menu, and a customer orders it anyway.
        for (const id of approvedIds) {
          await admin(`/admin/products/${id}`, {
            method: "POST",
            body: { status: "published" },
          })
        }
        const dish = approved[0]
        await emulator.patchMenu(dish.archidelivery_id, { ACTIVE: 0 })
        const { product } = await admin(
          `/admin/products/${dish.product_id}?fields=id,*variants,*shipping_profile`
        )
        const optionId =
          ctx.fixture.delivery_options[product.shipping_profile?.id]
        if (!optionId) {
          throw new Error(
            `no courier option for the dish's shipping profile ${product.shipping_profile?.id}`
          )
        }
        orderId = await placeOrder(ctx, product.variants[0].id, optionId)
        await waitFor(
          async () =>
            (await admin(`/admin/archidelivery/orders/${orderId}`)).order_sync
              .status === "failed",
          "the order push to fail"
        )
        await page.goto(`/app/orders/${orderId}`)
        const widget = page.getByTestId("archidelivery-order")
        await widget
          .getByTestId("order-sync-status")
          .getByText("Failed")
          .waitFor()
        await widget
          .getByTestId("order-last-error")
          .getByText("недоступно")
          .waitFor()
      },
      () => page.getByTestId("archidelivery-order")
    )

    await step(
      "order-raw-reply",
      async () => {
        await page.getByTestId("show-raw-reply").click()
        const drawer = page.getByTestId("attempts-drawer")
        await drawer.getByTestId("raw-reply").first().waitFor()
        const reply = await drawer.getByTestId("raw-reply").first().innerText()
        if (!reply.includes("недоступно")) {
          throw new Error(
            `the raw reply does not carry ArchiDelivery's message: ${reply.slice(0, 300)}`
          )
        }
      },
      () => page.getByTestId("attempts-drawer")
    )

    await step(
      "order-retry-sent",
      async () => {
        await page.keyboard.press("Escape")
        await page.getByTestId("attempts-drawer").waitFor({ state: "hidden" })
        await emulator.patchMenu(approved[0].archidelivery_id, { ACTIVE: 1 })
        const widget = page.getByTestId("archidelivery-order")
        await widget.getByTestId("retry-order").click()
        await widget
          .getByTestId("order-sync-status")
          .getByText("Sent")
          .waitFor({ timeout: 60_000 })
        const shownId = await widget
          .getByTestId("archidelivery-order-id")
          .innerText()
        const state = await emulator.state()
        const sent = state.orders.filter((/** @type {any} */ o) =>
          shownId.includes(String(o.id))
        )
        if (sent.length !== 1) {
          throw new Error(
            `the widget shows "${shownId}" but the emulator has no such order`
          )
        }
      },
      () => page.getByTestId("archidelivery-order")
    )

    await step(
      "customer-widget",
      async () => {
        await page.goto(`/app/customers/${ctx.fixture.customer_id}`)
        const widget = page.getByTestId("archidelivery-customer")
        await widget.waitFor()
        await widget.getByTestId("relink-customer").click()
        await widget
          .getByTestId("customer-client-id")
          .getByText("2108")
          .waitFor({ timeout: 60_000 })
        await widget.getByTestId("client-name").getByText("Бондар").waitFor()
      },
      () => page.getByTestId("archidelivery-customer")
    )

    await step(
      "settings-page",
      async () => {
        await page.goto("/app/settings/archidelivery")
        const settings = page.getByTestId("archidelivery-settings")
        await settings
          .getByTestId("health-status")
          .getByText("Reachable")
          .waitFor()
        await settings.getByTestId("stat-sent").getByText("1").waitFor()
        await settings
          .getByTestId("settings-imports")
          .getByText("Completed")
          .first()
          .waitFor()
        await settings
          .getByTestId("settings-config")
          .getByText("CP1251", { exact: true })
          .waitFor()
      },
      () =>
        [
          "settings-health",
          "settings-queue",
          "settings-imports",
          "settings-customers",
          "settings-config",
        ].map((id) => page.getByTestId(id))
    )

    await step(
      "server-check",
      async () => {
        const section = page.getByTestId("settings-server-check")
        await section.getByTestId("server-check-run").click()
        await section
          .getByTestId("server-check-finding-reachable")
          .getByText("OK", { exact: true })
          .waitFor({ timeout: 60_000 })
        await section.getByTestId("server-check-finding-lookup").waitFor()
        await section
          .getByTestId("server-check-detected")
          .getByText("utf8")
          .waitFor()
        await section.getByRole("button", { name: "Copy as text" }).waitFor()
      },
      () => page.getByTestId("settings-server-check")
    )

    await require("./modifiers.e2e").runModifiersE2e({
      step,
      page,
      productId: () => approved[0]?.product_id,
    })
    await require("./kitchen.e2e").runKitchenE2e({ step, page })

    await step("switch-to-ukrainian", () =>
      switchLanguage(page, "Українська", "Save", "Мова")
    )

    await require("./availability.e2e").runAvailabilityE2e({ step, page })

    await step(
      "settings-in-ukrainian",
      async () => {
        await page.goto("/app/settings/archidelivery")
        const settings = page.getByTestId("archidelivery-settings")
        await settings
          .getByRole("heading", { name: "З'єднання", exact: true })
          .waitFor()
        await settings
          .getByRole("heading", { name: "Черга замовлень", exact: true })
          .waitFor()
        await settings
          .getByTestId("health-status")
          .getByText("Доступний")
          .waitFor()
      },
      () =>
        [
          "settings-health",
          "settings-queue",
          "settings-imports",
          "settings-customers",
          "settings-config",
        ].map((id) => page.getByTestId(id))
    )

    await require("./zones.e2e").runZonesE2e({ step, page })

    await step(
      "products-in-ukrainian",
      async () => {
        await page.goto("/app/products")
        await page.getByText("Імпортувати з ArchiDelivery").waitFor()
        await page.getByText("Чекають затвердження").first().waitFor()
      },
      () => [
        page.getByTestId("archidelivery-import"),
        page.getByTestId("archidelivery-approval"),
      ]
    )

    await step(
      "order-in-ukrainian",
      async () => {
        await page.goto(`/app/orders/${orderId}`)
        const widget = page.getByTestId("archidelivery-order")
        await widget
          .getByTestId("order-sync-status")
          .getByText("Надіслано")
          .waitFor()
      },
      () => page.getByTestId("archidelivery-order")
    )

    await step(
      "order-attempts-in-ukrainian",
      async () => {
        const widget = page.getByTestId("archidelivery-order")
        // A kitchen code reads as a state, never as "3 (3)".
        const kitchen = await widget.getByTestId("kitchen-status").innerText()
        if (/(^|\s)(\d+) \(\2\)/.test(kitchen)) {
          throw new Error(`the kitchen status is a bare code: ${kitchen}`)
        }
        await page.getByTestId("show-raw-reply").click()
        const drawer = page.getByTestId("attempts-drawer")
        await drawer.getByText("Спроби", { exact: true }).first().waitFor()
        await drawer.getByText("Відповідь ArchiDelivery").first().waitFor()
        await drawer.getByText("Надіслано ще раз адміністратором").waitFor()
        await drawer.getByRole("button", { name: "Закрити" }).waitFor()
      },
      () => page.getByTestId("attempts-drawer")
    )

    await step(
      "import-report-in-ukrainian",
      async () => {
        await page.keyboard.press("Escape")
        await page.goto("/app/products")
        await page.getByTestId("open-report").click()
        const report = page.getByTestId("import-report")
        await report.getByText("Звіт імпорту").waitFor()
        await report.getByText("Не затверджені, не змінено").waitFor()
      },
      () => page.getByTestId("import-report")
    )

    await step(
      "customer-in-ukrainian",
      async () => {
        await page.keyboard.press("Escape")
        await page.goto(`/app/customers/${ctx.fixture.customer_id}`)
        const widget = page.getByTestId("archidelivery-customer")
        await widget.getByText("Прив'язано").first().waitFor()
        await widget.getByText("Відв'язати").first().waitFor()
      },
      () => page.getByTestId("archidelivery-customer")
    )

    await step("switch-to-russian", () =>
      switchLanguage(page, "Русский", "Зберегти", "Язык")
    )

    await step(
      "settings-in-russian",
      async () => {
        await page.goto("/app/settings/archidelivery")
        const settings = page.getByTestId("archidelivery-settings")
        await settings
          .getByRole("heading", { name: "Соединение", exact: true })
          .waitFor()
        await settings
          .getByRole("heading", { name: "Очередь заказов", exact: true })
          .waitFor()
        await settings
          .getByTestId("config-sending")
          .getByText("Отправка заказов")
          .waitFor()
      },
      () =>
        ["settings-queue", "settings-imports", "settings-config"].map((id) =>
          page.getByTestId(id)
        )
    )
  } finally {
    await browser.close().catch(() => {})
  }
  return results
}

/** @param {string} url @param {string} method @param {object} [body] */
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
 * A guest checks out one dish for courier delivery, as a storefront does.
 * @param {E2eContext} ctx @param {string} variantId @param {string} optionId
 */
async function placeOrder(ctx, variantId, optionId) {
  const headers = { "x-publishable-api-key": ctx.fixture.publishable_key }
  const store = (/** @type {string} */ p, /** @type {object} */ body) =>
    fetch(`${ctx.baseUrl}${p}`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify(body),
    }).then(async (r) => {
      const data = await r.json()
      if (!r.ok)
        throw new Error(`POST ${p} → ${r.status} ${JSON.stringify(data)}`)
      return data
    })
  const address = {
    first_name: "Тарас",
    last_name: "Шевченко",
    address_1: "вул. Хрещатик, 22",
    address_2: "кв. 5",
    city: "Київ",
    country_code: "ua",
    postal_code: "01001",
    phone: "+380671234567",
  }
  const { cart } = await store("/store/carts", {
    region_id: ctx.fixture.region_id,
    sales_channel_id: ctx.fixture.sales_channel_id,
    email: "guest@example.com",
    items: [{ variant_id: variantId, quantity: 1 }],
    shipping_address: address,
    billing_address: address,
  })
  await store(`/store/carts/${cart.id}/shipping-methods`, {
    option_id: optionId,
  })
  const { payment_collection } = await store("/store/payment-collections", {
    cart_id: cart.id,
  })
  await store(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    {
      provider_id: "pp_system_default",
    }
  )
  const done = await store(`/store/carts/${cart.id}/complete`, {})
  if (done.type !== "order") {
    throw new Error(`the cart was not completed: ${JSON.stringify(done)}`)
  }
  return done.order.id
}

/** Polls until the check holds, up to a minute. */
async function waitFor(
  /** @type {() => Promise<boolean>} */ check,
  /** @type {string} */ what
) {
  const deadline = Date.now() + 60_000
  let last
  while (Date.now() < deadline) {
    try {
      if (await check()) return
    } catch (e) {
      last = e
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last}` : ""}`)
}

module.exports = { runAdminE2e }
