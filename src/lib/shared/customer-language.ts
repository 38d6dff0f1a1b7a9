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
  const locale =
    localeOf(cart?.locale) ??
    localeOf(cart?.metadata?.locale) ??
    localeOf(cart?.customer?.metadata?.locale)
  const match = locale ? LANGUAGE.exec(locale) : null
  return (match?.[1] as CustomerLanguage | undefined) ?? "uk"
}
