import {
  choiceProblemMessage,
  lineModifiers,
  type ChoiceProblem,
  type OfferedGroup,
} from "./choice"
import type { ModifierLanguage } from "./language"

/**
 * The modifiers of a cart's lines checked again when it is completed: an
 * option deleted or a group changed since the line was added, and a dish
 * with a required group added without modifiers (through Medusa's own
 * line-item route), never reach the kitchen. Pure: unit-tested.
 */

export interface CheckoutLine {
  product_id?: string | null
  product_title?: string | null
  title?: string | null
  metadata?: Record<string, unknown> | null
}

type CheckoutProblem =
  | ChoiceProblem
  | { code: "gone"; option: string }
  | { code: "needs_choice"; group: string }

const dishName = (line: CheckoutLine) =>
  line.product_title || line.title || line.product_id || "?"

/** The first problem of one line against the groups offered with its product now. */
export function lineCheckoutProblem(
  line: CheckoutLine,
  groups: readonly OfferedGroup[]
): CheckoutProblem | null {
  const modifiers = lineModifiers(line.metadata)
  if (!modifiers.length) {
    const required = groups.find((g) => g.min > 0)
    return required ? { code: "needs_choice", group: required.name } : null
  }
  const offered = new Set(groups.flatMap((g) => g.options.map((o) => o.id)))
  const gone = modifiers.find((m) => !offered.has(m.option_id))
  if (gone) {
    return { code: "gone", option: gone.name }
  }
  for (const group of groups) {
    const ids = new Set(group.options.map((o) => o.id))
    const chosen = modifiers.filter((m) => ids.has(m.option_id)).length
    if (chosen < group.min) {
      return { code: "too_few", group: group.name, min: group.min, chosen }
    }
    if (chosen > group.max) {
      return { code: "too_many", group: group.name, max: group.max, chosen }
    }
  }
  return null
}

const EXTRA: Record<
  ModifierLanguage,
  {
    gone: (option: string, dish: string) => string
    needs_choice: (group: string, dish: string) => string
  }
> = {
  uk: {
    gone: (o, d) =>
      `Модифікатор «${o}» до страви «${d}» більше не пропонується: видаліть страву з кошика й додайте її знову`,
    needs_choice: (g, d) =>
      `Страва «${d}» потребує вибору в групі «${g}»: додайте її до кошика з модифікаторами`,
  },
  en: {
    gone: (o, d) =>
      `Modifier "${o}" for "${d}" is no longer offered: remove the dish from the cart and add it again`,
    needs_choice: (g, d) =>
      `"${d}" needs a choice in "${g}": add it to the cart with its modifiers`,
  },
  ru: {
    gone: (o, d) =>
      `Модификатор «${o}» к блюду «${d}» больше не предлагается: удалите блюдо из корзины и добавьте его снова`,
    needs_choice: (g, d) =>
      `Блюдо «${d}» требует выбора в группе «${g}»: добавьте его в корзину с модификаторами`,
  },
}

/** The refusal for the first line whose modifiers cannot be sent, or null. */
export function modifierCheckoutProblem(
  lines: readonly CheckoutLine[],
  groupsByProduct: ReadonlyMap<string, readonly OfferedGroup[]>,
  language: ModifierLanguage
): string | null {
  for (const line of lines) {
    const groups = groupsByProduct.get(line.product_id ?? "") ?? []
    const problem = lineCheckoutProblem(line, groups)
    if (!problem) {
      continue
    }
    const dish = dishName(line)
    if (problem.code === "gone") {
      return EXTRA[language].gone(problem.option, dish)
    }
    if (problem.code === "needs_choice") {
      return EXTRA[language].needs_choice(problem.group, dish)
    }
    return choiceProblemMessage(problem, dish, language)
  }
  return null
}

/** The products whose groups the check needs: every line's. */
export const checkoutProductIds = (lines: readonly CheckoutLine[]) => [
  ...new Set(lines.map((l) => l.product_id).filter((id): id is string => !!id)),
]
