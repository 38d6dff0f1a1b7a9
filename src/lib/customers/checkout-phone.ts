import {
  customerLanguage,
  type CustomerLanguage,
} from "../shared/customer-language"
import { normalizePhone } from "./phone"

/**
 * The phone check at cart completion: the order push needs a phone it can
 * read, and once the order is placed (and perhaps paid) it is too late to
 * ask. Pure, so every rule is unit-tested.
 *
 * The phone is the one the push will use: the shipping address's, else the
 * billing address's, else the customer's. Ukrainian ways of writing it are
 * accepted (093 123 45 67, 0931234567, +380 93 123 4567, (093) 123-45-67).
 */

export type CheckoutLanguage = CustomerLanguage

type Phoned = { phone?: string | null } | null | undefined

export interface CheckoutCart {
  locale?: string | null
  metadata?: Record<string, unknown> | null
  shipping_address?: Phoned
  billing_address?: Phoned
  customer?:
    ({ metadata?: Record<string, unknown> | null } & NonNullable<Phoned>) | null
}

export interface PhoneProblem {
  /** The cart field the customer must correct. */
  field: "shipping_address.phone" | "billing_address.phone" | "customer.phone"
  /** What they typed; absent when there is no phone at all. */
  raw?: string
}

const typed = (p: Phoned) => {
  const v = typeof p?.phone === "string" ? p.phone.trim() : ""
  return v || undefined
}

/** What is wrong with the cart's phone, or null when the push can use it. */
export function checkoutPhoneProblem(
  cart: CheckoutCart,
  defaultCountry: string
): PhoneProblem | null {
  const sources: [PhoneProblem["field"], Phoned][] = [
    ["shipping_address.phone", cart.shipping_address],
    ["billing_address.phone", cart.billing_address],
    ["customer.phone", cart.customer],
  ]
  const found = sources.find(([, p]) => typed(p))
  if (!found) {
    return { field: "shipping_address.phone" }
  }
  const [field, source] = found
  const raw = typed(source)!
  return normalizePhone(raw, defaultCountry) ? null : { field, raw }
}

/** The customer's language, as every refusal picks it. */
export const checkoutLanguage = customerLanguage

const FIELD_NAMES: Record<
  PhoneProblem["field"],
  Record<CheckoutLanguage, string>
> = {
  "shipping_address.phone": {
    uk: "Телефон в адресі доставки",
    en: "The phone in the shipping address",
    ru: "Телефон в адресе доставки",
  },
  "billing_address.phone": {
    uk: "Телефон в платіжній адресі",
    en: "The phone in the billing address",
    ru: "Телефон в платёжном адресе",
  },
  "customer.phone": {
    uk: "Телефон у профілі покупця",
    en: "The phone in the customer's profile",
    ru: "Телефон в профиле покупателя",
  },
}

/** The message a customer reads, naming the field (and its API name) and a form that works. */
export function checkoutPhoneMessage(
  problem: PhoneProblem,
  language: CheckoutLanguage
): string {
  const name = FIELD_NAMES[problem.field][language]
  if (language === "en") {
    return problem.raw === undefined
      ? `Enter a phone number (${problem.field}), e.g. 093 123 45 67`
      : `${name} (${problem.field}) "${problem.raw}" is not a phone number we can call: write it like 093 123 45 67 or +380 93 123 45 67`
  }
  if (language === "ru") {
    return problem.raw === undefined
      ? `Укажите номер телефона (${problem.field}), например 093 123 45 67`
      : `${name} (${problem.field}) «${problem.raw}» — не номер, по которому можно позвонить: напишите его как 093 123 45 67 или +380 93 123 45 67`
  }
  return problem.raw === undefined
    ? `Вкажіть номер телефону (${problem.field}), наприклад 093 123 45 67`
    : `${name} (${problem.field}) «${problem.raw}» — не номер, за яким можна зателефонувати: напишіть його як 093 123 45 67 або +380 93 123 45 67`
}
