// @ts-check
// The modifier screens in the browser: define a group on the settings page
// (an impossible one is refused first, naming the field) and attach it on a
// product's page, in English, then the same in Ukrainian. Ends in English,
// as it started, so the steps after it see the page they expect.
const { switchLanguage } = require("./language")

/**
 * @param {{
 *   step: (name: string, fn: () => Promise<void>, focus?: () => any) => Promise<void>,
 *   page: import("playwright-core").Page,
 *   productId: () => string | undefined,
 * }} args
 */
async function runModifiersE2e({ step, page, productId }) {
  const section = () => page.getByTestId("settings-modifiers")
  const widget = () => page.getByTestId("archidelivery-product-modifiers")

  /** Fills and saves the new-group drawer. */
  const defineGroup = async (
    /** @type {{ name: string, min: string, max: string, option: string, price: string, ref: string }} */ g
  ) => {
    const form = page.getByTestId("modifier-group-form")
    await form.getByTestId("group-name").fill(g.name)
    await form.getByTestId("group-min").fill(g.min)
    await form.getByTestId("group-max").fill(g.max)
    const option = form.getByTestId("option-0")
    await option.getByTestId("option-name").fill(g.option)
    await option.getByTestId("option-price").fill(g.price)
    await option.getByTestId("option-modificator").fill(`1${g.ref}`)
    await option.getByTestId("option-ref").fill(g.ref)
    await form.getByTestId("save-group").click()
  }

  const attach = async (/** @type {string} */ group, label = "Attach") => {
    const id = productId()
    if (!id) {
      throw new Error("no approved product to attach a group to")
    }
    await page.goto(`/app/products/${id}`)
    await widget().getByTestId("attach-group-select").click()
    await page.getByRole("option", { name: group }).click()
    await widget().getByRole("button", { name: label }).click()
    await widget()
      .getByTestId("product-modifier-group")
      .filter({ hasText: group })
      .waitFor()
  }

  await step(
    "modifiers-define",
    async () => {
      await page.goto("/app/settings/archidelivery")
      await section().getByText("No modifier groups yet.").waitFor()
      await section().getByTestId("new-modifier-group").click()
      await defineGroup({
        name: "Extras",
        min: "3",
        max: "2",
        option: "Double cheese",
        price: "29",
        ref: "403",
      })
      await page.getByText("min: 3 is more than max 2").first().waitFor()
      await page.getByTestId("group-min").fill("0")
      await page.getByTestId("save-group").click()
      await section()
        .getByTestId("modifier-group-row")
        .filter({ hasText: "Extras" })
        .waitFor()
    },
    () => section()
  )

  await step(
    "modifiers-attach",
    () => attach("Extras"),
    () => widget()
  )

  await step("modifiers-switch-to-ukrainian", () =>
    switchLanguage(page, "Українська", "Save", "Мова")
  )

  await step(
    "modifiers-in-ukrainian",
    async () => {
      await page.goto("/app/settings/archidelivery")
      await section()
        .getByRole("heading", { name: "Модифікатори", exact: true })
        .waitFor()
      await section().getByText("від 0 до 2").waitFor()
      await section().getByRole("button", { name: "Нова група" }).click()
      await defineGroup({
        name: "Соуси",
        min: "0",
        max: "1",
        option: "Часниковий",
        price: "15",
        ref: "409",
      })
      await section()
        .getByTestId("modifier-group-row")
        .filter({ hasText: "Соуси" })
        .waitFor()
    },
    () => section()
  )

  await step(
    "modifiers-attach-in-ukrainian",
    async () => {
      await attach("Соуси", "Додати")
      await widget()
        .getByRole("heading", { name: "Модифікатори", exact: true })
        .waitFor()
      await widget()
        .getByRole("button", { name: "Від'єднати" })
        .first()
        .waitFor()
    },
    () => widget()
  )

  await step("modifiers-back-to-english", () =>
    switchLanguage(page, "English", "Зберегти", "Language")
  )
}

module.exports = { runModifiersE2e }
