// @ts-check
// The delivery zones section of Settings → ArchiDelivery: the picture of the
// zones the e2e host configures (scripts/e2e.js) and the "test an address"
// box, in Ukrainian and in English. Starts and ends in Ukrainian, so the
// steps around it see the language they expect.
const { switchLanguage } = require("./language")

/** Checks the section in one language: its heading, shapes and a test. */
async function checkZones(page, words) {
  await page.goto("/app/settings/archidelivery")
  const section = page.getByTestId("archidelivery-zones")
  await section
    .getByRole("heading", { name: words.title, exact: true })
    .waitFor()
  const picture = section.getByTestId("zones-picture")
  await picture.waitFor()
  for (const id of ["centre", "suburbs", "village"]) {
    await picture.getByTestId(`zone-shape-${id}`).waitFor()
  }
  await picture.getByText("Centre").first().waitFor()
  await section.getByLabel(words.lat).fill("50.35")
  await section.getByLabel(words.lng).fill("30.30")
  await section.getByRole("button", { name: words.run }).click()
  const result = section.getByTestId("zones-test-result")
  await result.getByTestId("zones-test-zone").getByText("Suburbs").waitFor()
  await result.getByTestId("zones-test-minimum").getByText(/400/).waitFor()
  await section.getByTestId("zones-pin").waitFor()
  await section.getByLabel(words.lat).fill("49.9")
  await section.getByLabel(words.lng).fill("28.6")
  await section.getByRole("button", { name: words.run }).click()
  await result.getByText(words.outside).waitFor()
}

/**
 * @param {{ step: (name: string, fn: () => Promise<void>, focus?: () => any) => Promise<void>, page: import("playwright-core").Page }} ctx
 */
async function runZonesE2e({ step, page }) {
  const focus = () => page.getByTestId("archidelivery-zones")
  await step(
    "zones-in-ukrainian",
    () =>
      checkZones(page, {
        title: "Зони доставки",
        lat: "Широта",
        lng: "Довгота",
        run: "Знайти зону",
        outside: "Поза всіма зонами: доставки немає",
      }),
    focus
  )
  await step("zones-switch-to-english", () =>
    switchLanguage(page, "English", "Зберегти", "Language")
  )
  await step(
    "zones-in-english",
    () =>
      checkZones(page, {
        title: "Delivery zones",
        lat: "Latitude",
        lng: "Longitude",
        run: "Find the zone",
        outside: "Outside every zone: not deliverable",
      }),
    focus
  )
  await step("zones-back-to-ukrainian", () =>
    switchLanguage(page, "Українська", "Save", "Мова")
  )
}

module.exports = { runZonesE2e }
