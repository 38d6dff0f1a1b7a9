import {
  checkoutLanguage,
  checkoutPhoneMessage,
  checkoutPhoneProblem,
} from "../checkout-phone"

const cart = (phone: string | null, extra = {}) => ({
  shipping_address: { phone },
  ...extra,
})

describe("the phone at cart completion", () => {
  it.each([
    "093 123 45 67",
    "0931234567",
    "+380 93 123 4567",
    "(093) 123-45-67",
    "+380931234567",
    "380931234567",
    " 093-123-45-67 ",
  ])("accepts %j", (phone) => {
    expect(checkoutPhoneProblem(cart(phone), "UA")).toBeNull()
  })

  it.each(["12", "телефон", "093 123", "+380 00 000 0000"])(
    "refuses %j, naming the field",
    (phone) => {
      expect(checkoutPhoneProblem(cart(phone), "UA")).toEqual({
        field: "shipping_address.phone",
        raw: phone,
      })
    }
  )

  it("checks the phone the push will use: shipping, else billing, else the customer's", () => {
    expect(
      checkoutPhoneProblem(
        {
          shipping_address: { phone: " " },
          billing_address: { phone: "abc" },
          customer: { phone: "0931234567" },
        },
        "UA"
      )
    ).toEqual({ field: "billing_address.phone", raw: "abc" })
    expect(
      checkoutPhoneProblem(
        { shipping_address: null, customer: { phone: "0931234567" } },
        "UA"
      )
    ).toBeNull()
    expect(checkoutPhoneProblem({ shipping_address: null }, "UA")).toEqual({
      field: "shipping_address.phone",
    })
  })

  it("speaks Ukrainian unless the cart or the customer says English or Russian", () => {
    expect(checkoutLanguage({})).toBe("uk")
    expect(checkoutLanguage({ locale: "uk-UA" })).toBe("uk")
    expect(checkoutLanguage({ locale: "en-US" })).toBe("en")
    expect(checkoutLanguage({ metadata: { locale: "en" } })).toBe("en")
    expect(checkoutLanguage({ customer: { metadata: { locale: "EN" } } })).toBe(
      "en"
    )
    expect(checkoutLanguage({ locale: "ru-UA" })).toBe("ru")
    expect(checkoutLanguage({ locale: "uk", metadata: { locale: "en" } })).toBe(
      "uk"
    )
  })

  it("names the field and a form that works, in each language", () => {
    const bad = { field: "shipping_address.phone" as const, raw: "12" }
    expect(checkoutPhoneMessage(bad, "uk")).toBe(
      "Телефон в адресі доставки (shipping_address.phone) «12» — не номер, за яким можна зателефонувати: напишіть його як 093 123 45 67 або +380 93 123 45 67"
    )
    expect(checkoutPhoneMessage(bad, "en")).toBe(
      'The phone in the shipping address (shipping_address.phone) "12" is not a phone number we can call: write it like 093 123 45 67 or +380 93 123 45 67'
    )
    expect(
      checkoutPhoneMessage({ field: "shipping_address.phone" }, "en")
    ).toMatch(/^Enter a phone number \(shipping_address.phone\)/)
    expect(checkoutPhoneMessage(bad, "ru")).toBe(
      "Телефон в адресе доставки (shipping_address.phone) «12» — не номер, по которому можно позвонить: напишите его как 093 123 45 67 или +380 93 123 45 67"
    )
    expect(
      checkoutPhoneMessage({ field: "billing_address.phone" }, "ru")
    ).toMatch(/^Укажите номер телефона \(billing_address.phone\)/)
  })
})
