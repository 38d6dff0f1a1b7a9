import {
  customerLanguage,
  type CustomerLanguage,
} from "../shared/customer-language"

/** A modifier refusal's language: the customer's, as every refusal picks it. */
export type ModifierLanguage = CustomerLanguage
export const modifierLanguage = customerLanguage
