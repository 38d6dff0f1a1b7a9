import type { OrderFacts } from "../../reconcile-match"

/** The order reconciliation and the lookup proof look for in these tests. */
export const facts: OrderFacts = {
  displayId: 42,
  phone: "+380671234567",
  clientId: "7",
  defaultCountry: "UA",
}
