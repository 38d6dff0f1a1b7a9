/** A rule of a Medusa price, as the pricing module stores it. */
export type PriceRuleState = {
  attribute: string
  operator?: string | null
  value: string
}

/** A variant's price as the import reads it. */
export type PriceState = {
  id: string
  currency_code: string
  amount: number
  min_quantity?: number | null
  max_quantity?: number | null
  price_list_id?: string | null
  price_rules?: PriceRuleState[] | null
}

/** A price as `updateProductVariantsWorkflow` takes it. */
export type VariantPriceInput = {
  id?: string
  currency_code: string
  amount: number
  min_quantity?: number | null
  max_quantity?: number | null
  rules?: Record<string, string | { operator: string; value: number }[]>
}

export const sameAmount = (a: number, b: number) => Math.abs(a - b) < 1e-9

// Price list prices belong to the list, not to the variant's own prices.
const ownPrices = (prices: PriceState[]) =>
  prices.filter((p) => !p.price_list_id)

/** The plain price in the shop currency: no rules, no quantity limits. */
export function basePrice(
  prices: PriceState[],
  currency: string
): PriceState | null {
  return (
    ownPrices(prices).find(
      (p) =>
        p.currency_code.toLowerCase() === currency.toLowerCase() &&
        !p.price_rules?.length &&
        p.min_quantity == null &&
        p.max_quantity == null
    ) ?? null
  )
}

function rulesOf(p: PriceState): VariantPriceInput["rules"] {
  const rules: NonNullable<VariantPriceInput["rules"]> = {}
  for (const r of p.price_rules ?? []) {
    if (!r.operator || r.operator === "eq") {
      rules[r.attribute] = r.value
    } else {
      const list = rules[r.attribute]
      const next = { operator: r.operator, value: Number(r.value) }
      rules[r.attribute] = Array.isArray(list) ? [...list, next] : [next]
    }
  }
  return rules
}

/**
 * Medusa replaces a variant's whole price list, so every other price is
 * passed on as it is and only the plain price in the shop currency changes.
 */
export function pricesWith(
  prices: PriceState[],
  currency: string,
  amount: number
): VariantPriceInput[] {
  const target = basePrice(prices, currency)
  const out: VariantPriceInput[] = ownPrices(prices).map((p) => ({
    id: p.id,
    currency_code: p.currency_code,
    amount: p === target ? amount : Number(p.amount),
    min_quantity: p.min_quantity ?? null,
    max_quantity: p.max_quantity ?? null,
    rules: rulesOf(p),
  }))
  if (!target) {
    out.push({ currency_code: currency, amount, rules: {} })
  }
  return out
}
