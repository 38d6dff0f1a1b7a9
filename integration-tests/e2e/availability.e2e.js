// @ts-check
// The availability table's steps: an admin switches a dish off until a time,
// sees it marked, and switches it back on, in Ukrainian and then in English.
// Called once from admin.e2e.js right after the dashboard switched to
// Ukrainian; it leaves the dashboard in Ukrainian and every dish on.
const { switchLanguage } = require("./language")

/**
 * @param {{
 *   step: (name: string, fn: () => Promise<void>, focus?: () => any) => Promise<void>,
 *   page: import("playwright-core").Page,
 * }} args
 */
async function runAvailabilityE2e({ step, page }) {
  const table = () => page.getByTestId("archidelivery-availability")

  /** Switches the first dish off until 18:00, checks its badge, and back on. */
  const offAndOn = async (/** @type {Record<string, string>} */ words) => {
    await page.goto("/app/products")
    const t = table()
    await t.getByRole("heading", { name: words.title, exact: true }).waitFor()
    // A dish that is on now; found again by its ArchiDelivery id once marked.
    const candidate = t
      .locator("tbody tr")
      .filter({ has: page.getByText(words.available, { exact: true }) })
      .first()
    await candidate.waitFor()
    const id = (await candidate.locator("td").nth(2).innerText()).trim()
    const firstRow = t.locator("tbody tr").filter({
      has: page.locator("td:nth-child(3)", {
        hasText: new RegExp(`^${id}$`),
      }),
    })
    await firstRow.getByRole("checkbox").click()
    await page.getByRole("button", { name: words.offUntil }).click()
    await page.getByTestId("availability-until-time").fill("18:00")
    await page.getByTestId("availability-until-confirm").click()
    await firstRow
      .getByTestId("availability-badge")
      .getByText(words.offBadge)
      .waitFor()
    await firstRow.getByRole("checkbox").click()
    await page.getByRole("button", { name: words.switchOn }).click()
    await firstRow
      .getByTestId("availability-badge")
      .getByText(words.available, { exact: true })
      .waitFor()
  }

  await step(
    "availability-in-ukrainian",
    () =>
      offAndOn({
        title: "Наявність",
        offUntil: "Вимкнути до…",
        offBadge: "Вимкнено до",
        switchOn: "Увімкнути",
        available: "Є в наявності",
      }),
    () => table()
  )

  await step(
    "availability-in-english",
    async () => {
      await switchLanguage(page, "English", "Зберегти", "Language")
      await offAndOn({
        title: "Availability",
        offUntil: "Off until…",
        offBadge: "Off until",
        switchOn: "Switch on",
        available: "Available",
      })
    },
    () => table()
  )

  await step("availability-back-to-ukrainian", () =>
    switchLanguage(page, "Українська", "Save", "Мова")
  )
}

module.exports = { runAvailabilityE2e }
