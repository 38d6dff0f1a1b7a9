import { customerLanguage, statedLanguage } from "../customer-language"

describe("customerLanguage", () => {
  it.each([
    [{}, "uk"],
    [null, "uk"],
    [{ locale: "uk-UA" }, "uk"],
    [{ locale: "en-US" }, "en"],
    [{ locale: "EN" }, "en"],
    [{ locale: "ru" }, "ru"],
    [{ locale: "ru_UA" }, "ru"],
    // Only a language tag counts: words that merely start alike do not.
    [{ locale: "rubbish" }, "uk"],
    [{ locale: "english" }, "uk"],
    [{ metadata: { locale: "en" } }, "en"],
    [{ customer: { metadata: { locale: "ru-RU" } } }, "ru"],
    // The cart's own locale wins over metadata.
    [{ locale: "uk", metadata: { locale: "en" } }, "uk"],
    [{ locale: "  ", metadata: { locale: "en" } }, "en"],
  ])("%j reads as %s", (cart, language) => {
    expect(customerLanguage(cart)).toBe(language)
  })
})

describe("statedLanguage", () => {
  it("is null when nobody said a language, else the customer's", () => {
    expect(statedLanguage({})).toBeNull()
    expect(statedLanguage({ locale: " " })).toBeNull()
    expect(statedLanguage({ locale: "uk-UA" })).toBe("uk")
    expect(statedLanguage({ locale: "de-DE" })).toBe("uk")
    expect(statedLanguage({ metadata: { locale: "ru" } })).toBe("ru")
  })
})
