import type { CustomerLanguage } from "../shared/customer-language"
/**
 * Delivery pricing and the minimum order, kept pure so the fulfillment
 * provider, the checkout hook and the tests share one rule. Amounts are major
 * units (hryvnia), as Medusa stores them: nothing here multiplies by 100.
 */

export type FulfillmentKind = "delivery" | "pickup"

export interface DeliveryPricing {
  /** Courier fee. */
  fee: number
  /** Goods subtotal from which delivery is free; absent = never free. */
  freeFrom?: number
  /** Goods subtotal below which an order cannot be placed; 0 = no minimum. */
  minOrderAmount: number
}

/** A cart or order line as Medusa hands it to providers and hooks. */
export interface PricedLine {
  unit_price?: unknown
  quantity?: unknown
}

/**
 * Reads a Medusa amount: a number, a numeric string, or a BigNumber-like
 * object (`{ numeric }`, `{ value }`) as query results sometimes carry.
 */
export function toAmount(value: unknown): number {
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : 0
  }
  if (typeof value === "string") {
    const n = Number(value)
    return Number.isFinite(n) ? n : 0
  }
  if (value && typeof value === "object") {
    const v = value as { numeric?: unknown; value?: unknown }
    if (v.numeric !== undefined) {
      return toAmount(v.numeric)
    }
    if (v.value !== undefined) {
      return toAmount(v.value)
    }
  }
  return 0
}

// Cents-safe rounding: 0.1 + 0.2 must compare equal to 0.3 at a threshold.
const round2 = (n: number) => Math.round(n * 100) / 100

/**
 * The goods subtotal at the prices the customer sees (unit price × quantity),
 * before shipping and discounts; the same figure for the fee and the minimum.
 */
export function goodsSubtotal(
  lines: readonly PricedLine[] | null | undefined
): number {
  let sum = 0
  for (const line of lines ?? []) {
    sum += toAmount(line?.unit_price) * toAmount(line?.quantity)
  }
  return round2(sum)
}

/** The shipping price: pickup is free, delivery is free from `freeFrom`. */
export function deliveryPrice(
  kind: FulfillmentKind,
  subtotal: number,
  pricing: DeliveryPricing
): number {
  if (kind === "pickup") {
    return 0
  }
  if (pricing.freeFrom !== undefined && round2(subtotal) >= pricing.freeFrom) {
    return 0
  }
  return pricing.fee
}

/** True when the subtotal is below a configured minimum order. */
export function isBelowMinimum(
  subtotal: number,
  pricing: DeliveryPricing
): boolean {
  return pricing.minOrderAmount > 0 && round2(subtotal) < pricing.minOrderAmount
}

const formatMoney = (amount: number) =>
  Number.isInteger(amount) ? String(amount) : amount.toFixed(2)

/**
 * Shown at checkout in the customer's language; in Ukrainian and English
 * when the cart does not say which it speaks.
 */
export function minimumOrderMessage(
  minimum: number,
  currency = "uah",
  language: CustomerLanguage | null = null
): string {
  const code = currency.toUpperCase()
  const amount = formatMoney(minimum)
  const uk = `Мінімальна сума замовлення — ${amount} ${code === "UAH" ? "грн" : code}`
  const en = `The minimum order is ${amount} ${code}`
  const ru = `Минимальная сумма заказа — ${amount} ${code === "UAH" ? "грн" : code}`
  return language === "uk"
    ? uk
    : language === "en"
      ? en
      : language === "ru"
        ? ru
        : `${uk} / ${en}`
}

/** The minimum order refusal for these lines, or null when the goods reach it. */
export function minimumOrderProblem(
  lines: readonly PricedLine[] | null | undefined,
  pricing: DeliveryPricing,
  currency: string,
  language: CustomerLanguage | null = null
): string | null {
  return isBelowMinimum(goodsSubtotal(lines), pricing)
    ? minimumOrderMessage(pricing.minOrderAmount, currency, language)
    : null
}

/**
 * A shipping option's price for these lines, as a provider returns it.
 * Ukrainian retail prices include VAT; the fee is quoted the same way.
 */
export function shippingOptionPrice(
  kind: FulfillmentKind,
  lines: readonly PricedLine[] | null | undefined,
  pricing: DeliveryPricing
) {
  return {
    calculated_amount: deliveryPrice(kind, goodsSubtotal(lines), pricing),
    is_calculated_price_tax_inclusive: true,
  }
}
