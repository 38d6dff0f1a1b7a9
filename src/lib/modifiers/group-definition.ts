/**
 * Whether a modifier group can ever be satisfied, checked when an admin
 * defines or changes it, so that a customer never meets an impossible
 * choice at checkout. Pure: every rule is unit-tested.
 *
 * Rules:
 * - `min`/`max` count the distinct options a customer picks (each with its
 *   own quantity); 0 ≤ min ≤ max, max ≥ 1, min ≤ the number of options.
 * - options: a name unique in the group, a price ≥ 0 (added per piece),
 *   `kind` and `kind1` 0 or 1, `ref` a positive whole number,
 *   `modificator_id` a whole number ≥ 0 and above 0 for `kind` 1 (the
 *   vendor fills it only for menu modifiers), `default_quantity` ≥ 1, and
 *   no two options with the same ArchiDelivery mapping.
 * - default options (`is_default`) are what the customer gets when they
 *   pick nothing in the group: at most `max` of them and, when there are
 *   any, at least `min`, so the defaults alone are a valid choice.
 */

export interface ModifierOptionDefinition {
  id?: string
  name: string
  price: number
  modificator_id: number
  kind: number
  kind1: number
  ref: number
  default_quantity?: number
  is_default?: boolean
  sort?: number
}

export interface ModifierGroupDefinition {
  name: string
  min: number
  max: number
  sort?: number
  options: ModifierOptionDefinition[]
}

/** One reason a group is impossible: the field (`options[1].price`) and why. */
export interface GroupProblem {
  field: string
  message: string
}

const isWhole = (n: unknown): n is number =>
  typeof n === "number" && Number.isInteger(n)

const mappingKey = (o: ModifierOptionDefinition) =>
  [o.modificator_id, o.kind, o.kind1, o.ref].join("/")

function optionProblems(
  option: ModifierOptionDefinition,
  at: string
): GroupProblem[] {
  const out: GroupProblem[] = []
  const add = (field: string, message: string) =>
    out.push({ field: `${at}.${field}`, message })
  if (typeof option.name !== "string" || !option.name.trim()) {
    add("name", "an option needs a name")
  }
  if (
    typeof option.price !== "number" ||
    !Number.isFinite(option.price) ||
    option.price < 0
  ) {
    add("price", `${option.price} is not a price of 0 or more`)
  }
  if (option.kind !== 0 && option.kind !== 1) {
    add("kind", `${option.kind}: 0 (nomenclature) or 1 (menu)`)
  }
  if (option.kind1 !== 0 && option.kind1 !== 1) {
    add("kind1", `${option.kind1}: 0 (remove) or 1 (add)`)
  }
  if (!isWhole(option.ref) || option.ref < 1) {
    add(
      "ref",
      `${option.ref} is not an ArchiDelivery id (a whole number above 0)`
    )
  }
  if (!isWhole(option.modificator_id) || option.modificator_id < 0) {
    add(
      "modificator_id",
      `${option.modificator_id} is not an ArchiDelivery id (a whole number, 0 when there is none)`
    )
  } else if (option.kind === 1 && option.modificator_id < 1) {
    add("modificator_id", "a menu modifier (kind 1) needs its modificator id")
  }
  const quantity = option.default_quantity ?? 1
  if (!isWhole(quantity) || quantity < 1) {
    add("default_quantity", `${quantity} is not a whole number above 0`)
  }
  return out
}

/** Every reason the group could never be chosen as defined; empty when it can. */
export function modifierGroupProblems(
  group: ModifierGroupDefinition
): GroupProblem[] {
  const out: GroupProblem[] = []
  const add = (field: string, message: string) => out.push({ field, message })
  const options = group.options ?? []
  if (typeof group.name !== "string" || !group.name.trim()) {
    add("name", "a group needs a name")
  }
  const minOk = isWhole(group.min) && group.min >= 0
  const maxOk = isWhole(group.max) && group.max >= 1
  if (!minOk) {
    add("min", `${group.min} is not a whole number of 0 or more`)
  }
  if (!maxOk) {
    add(
      "max",
      group.max === 0
        ? "0 would let the customer choose nothing: at least 1"
        : `${group.max} is not a whole number above 0`
    )
  }
  if (minOk && maxOk && group.min > group.max) {
    add("min", `${group.min} is more than max ${group.max}`)
  }
  if (!options.length) {
    add("options", "a group needs at least one option")
  } else if (minOk && group.min > options.length) {
    add(
      "min",
      `${group.min} is more than the group's ${options.length} option(s)`
    )
  }
  const names = new Map<string, number>()
  const mappings = new Map<string, number>()
  options.forEach((option, i) => {
    const at = `options[${i}]`
    out.push(...optionProblems(option, at))
    const name = String(option.name ?? "")
      .trim()
      .toLowerCase()
    if (name && names.has(name)) {
      add(
        `${at}.name`,
        `"${option.name}" is already options[${names.get(name)}]`
      )
    } else if (name) {
      names.set(name, i)
    }
    const key = mappingKey(option)
    if (mappings.has(key)) {
      add(
        `${at}.ref`,
        `modificator_id/kind/kind1/ref ${key} is already options[${mappings.get(key)}]: the kitchen could not tell them apart`
      )
    } else {
      mappings.set(key, i)
    }
  })
  const defaults = options.filter((o) => o.is_default).length
  if (maxOk && defaults > group.max) {
    add(
      "options.is_default",
      `${defaults} default options but max is ${group.max}`
    )
  }
  if (minOk && defaults > 0 && defaults < group.min) {
    add(
      "options.is_default",
      `${defaults} default option(s) but min is ${group.min}: the defaults alone must be a valid choice`
    )
  }
  return out
}

/** The problems as one message an admin reads ("min: 3 is more than max 2; ..."). */
export const groupProblemMessage = (problems: GroupProblem[]) =>
  problems.map((p) => `${p.field}: ${p.message}`).join("; ")

type StoredOption = Omit<ModifierOptionDefinition, "price"> & {
  id: string
  price: number | string | { toString(): string }
}

/** A stored group as a definition, so a change can be checked as a whole before it is written. */
export function definitionOf(group: {
  name: string
  min: number
  max: number
  sort?: number | null
  options?: StoredOption[] | null
}): ModifierGroupDefinition & {
  options: (ModifierOptionDefinition & { id: string })[]
} {
  return {
    name: group.name,
    min: group.min,
    max: group.max,
    sort: group.sort ?? 0,
    options: (group.options ?? []).map((o) => ({
      id: o.id,
      name: o.name,
      price: Number(o.price),
      modificator_id: o.modificator_id,
      kind: o.kind,
      kind1: o.kind1,
      ref: o.ref,
      default_quantity: o.default_quantity ?? 1,
      is_default: !!o.is_default,
      sort: o.sort ?? 0,
    })),
  }
}
