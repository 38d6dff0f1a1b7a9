/**
 * The language a customer reads the plugin's refusals in: the cart's
 * `locale` (Medusa's own field, which a storefront sets when it creates or
 * updates the cart), else a `locale` in the cart's or the customer's
 * metadata. English for `en…`, Russian for `ru…`, else Ukrainian, the
 * shop's language. Every customer-facing message picks its language here.
 */

export type CustomerLanguage = "uk" | "en" | "ru"

type Metadata = Record<string, unknown> | null | undefined

export interface LocaleHolder {
  locale?: string | null
  metadata?: Metadata
  customer?: { metadata?: Metadata } | null
}

const localeOf = (v: unknown) =>
  typeof v === "string" && v.trim() ? v.trim().toLowerCase() : undefined

const LANGUAGE = /^(en|ru)(?:$|[-_])/

export function customerLanguage(
  cart: LocaleHolder | null | undefined
): CustomerLanguage {
  return statedLanguage(cart) ?? "uk"
}

/**
 * The language the cart or the customer states, or null when neither gives
 * a locale: a message that has always been written in two languages keeps
 * both for a storefront that never said which it speaks.
 */
export function statedLanguage(
  cart: LocaleHolder | null | undefined
): CustomerLanguage | null {
  const locale =
    localeOf(cart?.locale) ??
    localeOf(cart?.metadata?.locale) ??
    localeOf(cart?.customer?.metadata?.locale)
  if (!locale) {
    return null
  }
  return (LANGUAGE.exec(locale)?.[1] as CustomerLanguage | undefined) ?? "uk"
}
