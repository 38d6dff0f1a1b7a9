// @ts-check
// The kitchens on Settings → ArchiDelivery: read the hours and state, set a
// point busy with a delay in English, see it in Ukrainian and put it back
// online there, then return the dashboard to English for the steps after.
const { switchLanguage } = require("./language")

/**
 * @param {{
 *   step: (name: string, fn: () => Promise<void>, focus?: () => any) => Promise<void>,
 *   page: import("playwright-core").Page,
 * }} args
 */
async function runKitchenE2e({ step, page }) {
  const pointState = async () => {
    const res = await page.request.fetch("/admin/archidelivery/points")
    const body = await res.json()
    return body.points.find((/** @type {any} */ p) => p.id === "5")
  }
  await step(
    "kitchen-settings",
    async () => {
      await page.goto("/app/settings/archidelivery")
      const section = page.getByTestId("settings-kitchen")
      await section
        .getByRole("heading", { name: "Kitchens", exact: true })
        .waitFor()
      await section.getByTestId("kitchen-state-5").getByText("Online").waitFor()
      await section
        .getByTestId("kitchen-point-5")
        .getByTestId("kitchen-hours")
        .waitFor()
    },
    () => page.getByTestId("settings-kitchen")
  )

  await step(
    "kitchen-set-busy",
    async () => {
      const point = page.getByTestId("kitchen-point-5")
      await point.getByTestId("kitchen-choose-5-busy").click()
      await point.getByLabel("Extra minutes").fill("20")
      await point.getByTestId("kitchen-save-5").click()
      await point
        .getByTestId("kitchen-state-5")
        .getByText("Busy +20\u00a0min")
        .waitFor()
      const p = await pointState()
      if (p.kitchen.state !== "busy" || p.kitchen.delay_minutes !== 20) {
        throw new Error(`the API shows ${JSON.stringify(p.kitchen)}`)
      }
    },
    () => page.getByTestId("settings-kitchen")
  )

  await step(
    "kitchen-edit-hours",
    async () => {
      const point = page.getByTestId("kitchen-point-5")
      await point.getByTestId("kitchen-edit-hours-5").click()
      const days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
      const hours = {
        weekly: Object.fromEntries(
          days.map((d) => [d, [{ open: "10:00", close: "02:00" }]])
        ),
        exceptions: [{ date: "2026-12-31", hours: [], note: "New Year" }],
      }
      await point
        .getByLabel("Opening hours as JSON", { exact: false })
        .fill(JSON.stringify(hours))
      await point.getByTestId("kitchen-save-hours-5").click()
      await point.getByText("Hours set here").waitFor()
      await point.getByText("10:00–02:00").first().waitFor()
      await point.getByText("(New Year)").waitFor()
    },
    () => page.getByTestId("kitchen-point-5")
  )

  await step(
    "kitchen-hours-from-options",
    async () => {
      const point = page.getByTestId("kitchen-point-5")
      await point
        .getByRole("button", { name: "Use the hours from the options" })
        .click()
      await point.getByText("No opening hours set: always open.").waitFor()
    },
    () => page.getByTestId("kitchen-point-5")
  )

  await step("kitchen-switch-to-ukrainian", () =>
    switchLanguage(page, "Українська", "Save", "Мова")
  )

  await step(
    "kitchen-in-ukrainian",
    async () => {
      await page.goto("/app/settings/archidelivery")
      const section = page.getByTestId("settings-kitchen")
      await section
        .getByRole("heading", { name: "Кухні", exact: true })
        .waitFor()
      const point = section.getByTestId("kitchen-point-5")
      await point
        .getByTestId("kitchen-state-5")
        .getByText("Завантажена +20\u00a0хв")
        .waitFor()
      await point.getByTestId("kitchen-choose-5-online").click()
      await point.getByRole("button", { name: "Зберегти стан" }).click()
      await point.getByTestId("kitchen-state-5").getByText("Працює").waitFor()
      const p = await pointState()
      if (p.kitchen.state !== "online") {
        throw new Error(`the API shows ${JSON.stringify(p.kitchen)}`)
      }
    },
    () => page.getByTestId("settings-kitchen")
  )

  await step("kitchen-back-to-english", () =>
    switchLanguage(page, "English", "Зберегти", "Language")
  )
}

module.exports = { runKitchenE2e }
