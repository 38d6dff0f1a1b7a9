import type { ModifierLanguage } from "./language"

/**
 * A customer's modifiers for one dish checked against the groups offered
 * with it, and the line they make. Pure: every rule is unit-tested.
 *
 * - every chosen option must be one of the product's groups' options, once;
 *   its quantity a whole number ≥ 1 (default: the option's default_quantity);
 * - a group the customer picked nothing in gets its default options;
 * - then each group holds between `min` and `max` distinct options.
 */

export interface OfferedOption {
  id: string
  name: string
  price: number | string
  modificator_id: number
  kind: number
  kind1: number
  ref: number
  default_quantity?: number | null
  is_default?: boolean | null
  sort?: number | null
}

export interface OfferedGroup {
  id: string
  name: string
  min: number
  max: number
  sort?: number | null
  options: OfferedOption[]
}

export interface ChosenModifier {
  option_id: string
  quantity?: number
}

/**
 * One chosen modifier as the line item's `metadata.archidelivery_modifiers`
 * keeps it: enough to show it, price it and send it without reading the
 * group again (the order is sent as it was bought).
 */
export interface LineModifier {
  group_id: string
  group: string
  option_id: string
  name: string
  quantity: number
  /** Per piece, major units. */
  price: number
  modificatorId: number
  kind: 0 | 1
  kind1: 0 | 1
  ref: number
}

/** The metadata key a modified line item carries its modifiers under. */
export const LINE_MODIFIERS_KEY = "archidelivery_modifiers"

export type ChoiceProblem =
  | { code: "unknown_option"; option_id: string }
  | { code: "repeated_option"; option_id: string; option: string }
  | {
      code: "bad_quantity"
      option_id: string
      option: string
      quantity: unknown
    }
  | { code: "too_few"; group: string; min: number; chosen: number }
  | { code: "too_many"; group: string; max: number; chosen: number }

export type ChoiceResult =
  | { ok: true; modifiers: LineModifier[] }
  | { ok: false; problems: ChoiceProblem[] }

const bySort = <T extends { sort?: number | null }>(a: T, b: T) =>
  (a.sort ?? 0) - (b.sort ?? 0)

const toLine = (
  group: OfferedGroup,
  option: OfferedOption,
  quantity: number
): LineModifier => ({
  group_id: group.id,
  group: group.name,
  option_id: option.id,
  name: option.name,
  quantity,
  price: Number(option.price),
  modificatorId: option.modificator_id,
  kind: option.kind === 1 ? 1 : 0,
  kind1: option.kind1 === 1 ? 1 : 0,
  ref: option.ref,
})

const isQuantity = (q: unknown): q is number =>
  typeof q === "number" && Number.isInteger(q) && q >= 1

/** The line's modifiers, or every reason the choice is refused. */
export function resolveModifierChoice(
  groups: readonly OfferedGroup[],
  chosen: readonly ChosenModifier[]
): ChoiceResult {
  const problems: ChoiceProblem[] = []
  const owner = new Map<
    string,
    { group: OfferedGroup; option: OfferedOption }
  >()
  for (const group of groups) {
    for (const option of group.options ?? []) {
      owner.set(option.id, { group, option })
    }
  }
  const picked = new Map<string, number>()
  for (const choice of chosen ?? []) {
    const found = owner.get(choice.option_id)
    if (!found) {
      problems.push({ code: "unknown_option", option_id: choice.option_id })
      continue
    }
    const { option } = found
    if (picked.has(option.id)) {
      problems.push({
        code: "repeated_option",
        option_id: option.id,
        option: option.name,
      })
      continue
    }
    const quantity = choice.quantity ?? option.default_quantity ?? 1
    if (!isQuantity(quantity)) {
      problems.push({
        code: "bad_quantity",
        option_id: option.id,
        option: option.name,
        quantity: choice.quantity,
      })
      continue
    }
    picked.set(option.id, quantity)
  }
  const modifiers: LineModifier[] = []
  for (const group of [...groups].sort(bySort)) {
    const options = [...(group.options ?? [])].sort(bySort)
    let lines = options
      .filter((o) => picked.has(o.id))
      .map((o) => toLine(group, o, picked.get(o.id)!))
    if (!lines.length) {
      lines = options
        .filter((o) => o.is_default)
        .map((o) => toLine(group, o, o.default_quantity ?? 1))
    }
    if (lines.length < group.min) {
      problems.push({
        code: "too_few",
        group: group.name,
        min: group.min,
        chosen: lines.length,
      })
    } else if (lines.length > group.max) {
      problems.push({
        code: "too_many",
        group: group.name,
        max: group.max,
        chosen: lines.length,
      })
    }
    modifiers.push(...lines)
  }
  return problems.length ? { ok: false, problems } : { ok: true, modifiers }
}

/** The dish's unit price with its modifiers: base + Σ price × quantity, to the cent. */
export function modifiedUnitPrice(
  base: number,
  modifiers: readonly Pick<LineModifier, "price" | "quantity">[]
): number {
  const cents =
    Math.round(base * 100) +
    modifiers.reduce(
      (sum, m) => sum + Math.round(m.price * 100) * m.quantity,
      0
    )
  return cents / 100
}

/** The modifiers a line item's metadata holds; [] for a plain line. */
export function lineModifiers(
  metadata: Record<string, unknown> | null | undefined
): LineModifier[] {
  const list = metadata?.[LINE_MODIFIERS_KEY]
  return Array.isArray(list)
    ? list.filter(
        (m): m is LineModifier =>
          !!m && typeof m === "object" && typeof m.option_id === "string"
      )
    : []
}

const MESSAGES: Record<
  ModifierLanguage,
  {
    [K in ChoiceProblem["code"]]: (
      p: Extract<ChoiceProblem, { code: K }>,
      dish: string
    ) => string
  }
> = {
  uk: {
    unknown_option: (p, dish) =>
      `Модифікатор ${p.option_id} не пропонується до страви «${dish}»`,
    repeated_option: (p, dish) =>
      `«${p.option}» до страви «${dish}» обрано двічі: вкажіть кількість`,
    bad_quantity: (p, dish) =>
      `Кількість «${p.option}» до страви «${dish}» має бути цілим числом від 1`,
    too_few: (p, dish) =>
      `Оберіть щонайменше ${p.min} у групі «${p.group}» до страви «${dish}» (обрано ${p.chosen})`,
    too_many: (p, dish) =>
      `У групі «${p.group}» до страви «${dish}» можна обрати не більше ${p.max} (обрано ${p.chosen})`,
  },
  en: {
    unknown_option: (p, dish) =>
      `Modifier ${p.option_id} is not offered with "${dish}"`,
    repeated_option: (p, dish) =>
      `"${p.option}" for "${dish}" is chosen twice: give a quantity instead`,
    bad_quantity: (p, dish) =>
      `The quantity of "${p.option}" for "${dish}" must be a whole number from 1`,
    too_few: (p, dish) =>
      `Choose at least ${p.min} in "${p.group}" for "${dish}" (${p.chosen} chosen)`,
    too_many: (p, dish) =>
      `Choose at most ${p.max} in "${p.group}" for "${dish}" (${p.chosen} chosen)`,
  },
  ru: {
    unknown_option: (p, dish) =>
      `Модификатор ${p.option_id} не предлагается к блюду «${dish}»`,
    repeated_option: (p, dish) =>
      `«${p.option}» к блюду «${dish}» выбран дважды: укажите количество`,
    bad_quantity: (p, dish) =>
      `Количество «${p.option}» к блюду «${dish}» должно быть целым числом от 1`,
    too_few: (p, dish) =>
      `Выберите не меньше ${p.min} в группе «${p.group}» к блюду «${dish}» (выбрано ${p.chosen})`,
    too_many: (p, dish) =>
      `В группе «${p.group}» к блюду «${dish}» можно выбрать не больше ${p.max} (выбрано ${p.chosen})`,
  },
}

/** The refusal a customer reads, naming the dish and the group or option. */
export function choiceProblemMessage(
  problem: ChoiceProblem,
  dish: string,
  language: ModifierLanguage
): string {
  const format = MESSAGES[language][problem.code] as (
    p: ChoiceProblem,
    dish: string
  ) => string
  return format(problem, dish)
}

/** Every problem's message in turn, as one line. */
export const choiceProblemsMessage = (
  problems: readonly ChoiceProblem[],
  dish: string,
  language: ModifierLanguage
) => problems.map((p) => choiceProblemMessage(p, dish, language)).join("; ")
