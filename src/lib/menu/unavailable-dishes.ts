import type { CustomerLanguage } from "../shared/customer-language"
import {
  availabilityOf,
  type AvailabilityRules,
  type AvailabilityState,
  type UnavailableReason,
} from "./availability"

/**
 * Which of the variants a customer wants are unavailable, and the message
 * that refuses them. One ArchiDelivery row is one variant's link; a link
 * made before it knew its variant (variant_id null) stands for every
 * variant of its product, except a size waiting for approval (it has a size
 * label and no variant yet): it stands for nothing that can be bought.
 */

export interface AvailabilityLink extends AvailabilityState {
  archidelivery_id: string
  product_id: string | null
  variant_id: string | null
  imported_name?: string | null
  size_label?: string | null
}

export interface WantedVariant {
  variant_id: string
  product_id?: string | null
  /** The name the shop shows, used when the link has none. */
  title?: string | null
}

export interface UnavailableDish {
  variant_id: string
  product_id: string | null
  /** The dish as the kitchen lists it (the menu row's name). */
  name: string
  reason: UnavailableReason
  until: Date | null
}

/** The link that stands behind a variant: its own, else its product's link without a variant. */
export function linkForVariant<L extends AvailabilityLink>(
  wanted: WantedVariant,
  links: readonly L[]
): L | undefined {
  return (
    links.find((l) => l.variant_id === wanted.variant_id) ??
    (wanted.product_id
      ? links.find(
          (l) =>
            l.variant_id === null &&
            !l.size_label &&
            l.product_id === wanted.product_id
        )
      : undefined)
  )
}

/** The wanted variants that cannot be bought at `now`, once each, in the order wanted. */
export function unavailableDishes(
  wanted: readonly WantedVariant[],
  links: readonly AvailabilityLink[],
  now: Date,
  rules?: AvailabilityRules
): UnavailableDish[] {
  const seen = new Set<string>()
  const out: UnavailableDish[] = []
  for (const w of wanted) {
    if (seen.has(w.variant_id)) {
      continue
    }
    seen.add(w.variant_id)
    const link = linkForVariant(w, links)
    if (!link) {
      continue
    }
    const a = availabilityOf(link, now, rules)
    if (!a.available) {
      out.push({
        variant_id: w.variant_id,
        product_id: link.product_id ?? w.product_id ?? null,
        name: link.imported_name || w.title || w.variant_id,
        reason: a.reason!,
        until: a.until,
      })
    }
  }
  return out
}

export type { CustomerLanguage }

const quoted = (names: string[], language: CustomerLanguage) =>
  names.map((n) => (language === "en" ? `"${n}"` : `«${n}»`)).join(", ")

/** The refusal a customer reads, naming every unavailable dish. */
export function unavailableDishMessage(
  dishes: readonly Pick<UnavailableDish, "name">[],
  language: CustomerLanguage
): string {
  const names = [...new Set(dishes.map((d) => d.name))]
  const list = quoted(names, language)
  const one = names.length === 1
  switch (language) {
    case "en":
      return one
        ? `${list} is not available right now: remove it from the cart or choose another dish`
        : `${list} are not available right now: remove them from the cart or choose other dishes`
    case "ru":
      return one
        ? `${list} сейчас недоступно для заказа: уберите его из корзины или выберите другое блюдо`
        : `${list} сейчас недоступны для заказа: уберите их из корзины или выберите другие блюда`
    default:
      return one
        ? `${list} зараз недоступна для замовлення: приберіть її з кошика або оберіть іншу страву`
        : `${list} зараз недоступні для замовлення: приберіть їх з кошика або оберіть інші страви`
  }
}
