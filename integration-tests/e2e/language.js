// @ts-check
// The dashboard's language is the admin's own setting: every browser step
// that needs another language changes it here, on the profile page.

/**
 * Switches the admin's language, then waits for a word of the new language.
 * @param {import("playwright-core").Page} page
 * @param {string} option the language as the list names it ("Українська")
 * @param {string} save the save button in the current language
 * @param {string} confirm a word the profile page shows in the new language
 */
async function switchLanguage(page, option, save, confirm) {
  await page.goto("/app/settings/profile/edit")
  await page.getByRole("combobox").last().click()
  await page.getByRole("option", { name: option, exact: true }).click()
  await page.getByRole("button", { name: save }).click()
  await page.getByText(confirm).first().waitFor()
}

module.exports = { switchLanguage }
