import type { CheckoutCart } from "../customers/checkout-phone"

export type ModifierLanguage = "uk" | "en" | "ru"

const localeOf = (v: unknown) =>
  typeof v === "string" && v.trim() ? v.trim().toLowerCase() : undefined

/**
 * The customer's language for a modifier refusal, read where the phone
 * check reads it (the cart's `locale`, else `locale` in the cart's or the
 * customer's metadata): English for `en…`, Russian for `ru…`, else
 * Ukrainian, the shop's language.
 */
export function modifierLanguage(
  cart:
    Pick<CheckoutCart, "locale" | "metadata" | "customer"> | null | undefined
): ModifierLanguage {
  const locale =
    localeOf(cart?.locale) ??
    localeOf(cart?.metadata?.locale) ??
    localeOf(cart?.customer?.metadata?.locale)
  return locale?.startsWith("en")
    ? "en"
    : locale?.startsWith("ru")
      ? "ru"
      : "uk"
}
