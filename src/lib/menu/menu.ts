import { toHandle } from "@medusajs/framework/utils"

/**
 * ArchiDelivery menu rows → Medusa products. Pure: reading and checking rows,
 * deciding per row what an import does, and the product input it creates.
 */

/** Protocol field names of a menu row (options.menuFields). */
export type MenuFields = {
  id: string
  name: string
  price: string
  weight: string
  group: string
}

/** A valid menu row. Price in major units (185 = 185.00), weight in grams. */
export type MenuItem = {
  archidelivery_id: string
  name: string
  price: number
  weight: number | null
  group: string | null
}

export type ReportAction =
  | "invalid"
  | "skipped_unapproved"
  | "missing"
  | "adopted"
  | "recreated"
  | "no_variant"

/** One line of an import report: a row that was not a plain success. */
export type ReportItem = {
  archidelivery_id: string | null
  name: string | null
  action: ReportAction
  product_id: string | null
  /** English, for logs and API clients; the admin words it from `code` and `params`. */
  message: string
  code?: ReportCode
  params?: Record<string, string | number>
}

/** Every reason a report line can give (the admin has a text for each). */
export const REPORT_CODES = [
  "row_not_object",
  "id_missing",
  "id_invalid",
  "name_empty",
  "name_invalid",
  "price_missing",
  "price_invalid",
  "price_negative",
  "weight_invalid",
  "duplicate_id",
  "recreated",
  "adopted",
  "unapproved_changes",
  "no_variant",
  "missing_since",
] as const

export type ReportCode = (typeof REPORT_CODES)[number]

type Reason = {
  message: string
  code: ReportCode
  params: Record<string, string | number>
}

export type ImportTotals = {
  fetched: number
  created: number
  updated: number
  unchanged: number
  skipped_unapproved: number
  invalid: number
  missing: number
}

export const emptyTotals = (): ImportTotals => ({
  fetched: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  skipped_unapproved: 0,
  invalid: 0,
  missing: 0,
})

export const EXTERNAL_ID_PREFIX = "archidelivery:"
export const externalIdOf = (archideliveryId: string) =>
  `${EXTERNAL_ID_PREFIX}${archideliveryId}`
export const handleOf = (archideliveryId: string) =>
  toHandle(`archidelivery-${archideliveryId}`)
export const categoryHandleOf = (group: string) => toHandle(group)

/** The reply is not a menu at all (e.g. wrong field names): the run fails. */
export class MenuSchemaError extends Error {
  field: string
  constructor(field: string, message: string) {
    super(message)
    this.name = "MenuSchemaError"
    this.field = field
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v)

const isBlank = (v: unknown) =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "")

// Windows servers may write decimals with a comma ("239,50").
const NUMBER_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/

/** A finite number from a JSON number or numeric text; null otherwise. */
export function readNumber(v: unknown): number | null {
  if (typeof v === "number") {
    return Number.isFinite(v) ? v : null
  }
  if (typeof v === "string" && NUMBER_TEXT.test(v.trim())) {
    return Number(v.trim().replace(",", "."))
  }
  return null
}

const readText = (v: unknown): string | null => {
  if (typeof v === "string") {
    return v.trim() || null
  }
  return typeof v === "number" && Number.isFinite(v) ? String(v) : null
}

const shown = (v: unknown) => JSON.stringify(v) ?? String(v)

type RowCheck =
  { item: MenuItem } | { error: Reason; id: string | null; name: string | null }

const reason = (
  code: ReportCode,
  params: Record<string, string | number>,
  message: string
): Reason => ({ code, params, message })

function readRow(row: unknown, f: MenuFields): RowCheck {
  if (!isRecord(row)) {
    return {
      error: reason(
        "row_not_object",
        { value: shown(row) },
        `row is not an object: ${shown(row)}`
      ),
      id: null,
      name: null,
    }
  }
  const id = readText(row[f.id])
  const name = readText(row[f.name])
  const bad = (
    code: ReportCode,
    params: Record<string, string | number>,
    message: string
  ): RowCheck => ({ error: reason(code, params, message), id, name })
  if (id === null) {
    return isBlank(row[f.id])
      ? bad("id_missing", { field: f.id }, `${f.id} is missing`)
      : bad(
          "id_invalid",
          { field: f.id, value: shown(row[f.id]) },
          `${f.id} is not an id: ${shown(row[f.id])}`
        )
  }
  if (name === null) {
    return isBlank(row[f.name])
      ? bad("name_empty", { field: f.name }, `${f.name} is empty`)
      : bad(
          "name_invalid",
          { field: f.name, value: shown(row[f.name]) },
          `${f.name} is not text: ${shown(row[f.name])}`
        )
  }
  if (isBlank(row[f.price])) {
    return bad("price_missing", { field: f.price }, `${f.price} is missing`)
  }
  const price = readNumber(row[f.price])
  if (price === null) {
    return bad(
      "price_invalid",
      { field: f.price, value: shown(row[f.price]) },
      `${f.price} is not a number: ${shown(row[f.price])}`
    )
  }
  if (price < 0) {
    return bad(
      "price_negative",
      { field: f.price, value: price },
      `${f.price} is negative: ${price}`
    )
  }
  let weight: number | null = null
  if (!isBlank(row[f.weight])) {
    const w = readNumber(row[f.weight])
    if (w === null || w < 0) {
      return bad(
        "weight_invalid",
        { field: f.weight, value: shown(row[f.weight]) },
        `${f.weight} is not a weight in grams: ${shown(row[f.weight])}`
      )
    }
    // Medusa keeps weights as whole numbers.
    weight = Math.round(w)
  }
  return {
    item: {
      archidelivery_id: id,
      name,
      price,
      weight,
      group: readText(row[f.group]),
    },
  }
}

/**
 * Fails when no row has one of the required fields: then the field names in
 * the options do not match this server, and reporting every row would hide it.
 */
export function checkMenuShape(rows: unknown[], f: MenuFields): void {
  if (!rows.length) {
    return
  }
  const required: [keyof MenuFields, string][] = [
    ["id", f.id],
    ["name", f.name],
    ["price", f.price],
  ]
  for (const [option, field] of required) {
    if (!rows.some((r) => isRecord(r) && field in r)) {
      throw new MenuSchemaError(
        field,
        `getallmenu: DATA rows have no ${field} field (menuFields.${option} = "${field}")`
      )
    }
  }
}

export type ReadMenuResult = {
  fetched: number
  items: MenuItem[]
  invalid: ReportItem[]
  /** Every id the menu names, valid or not: the rest is missing. */
  seen_ids: string[]
}

/**
 * Reads and checks menu rows. Invalid rows and every copy of a duplicated id
 * are reported with the reason and left out; the rest is returned in order.
 */
export function readMenu(rows: unknown[], f: MenuFields): ReadMenuResult {
  checkMenuShape(rows, f)
  const checked = rows.map((row) => readRow(row, f))
  const positions = new Map<string, number[]>()
  checked.forEach((c, i) => {
    const id = "item" in c ? c.item.archidelivery_id : c.id
    if (id !== null) {
      positions.set(id, [...(positions.get(id) ?? []), i + 1])
    }
  })
  const items: MenuItem[] = []
  const invalid: ReportItem[] = []
  const report = (id: string | null, name: string | null, why: Reason) =>
    invalid.push({
      archidelivery_id: id,
      name,
      action: "invalid",
      product_id: null,
      ...why,
    })
  for (const c of checked) {
    if (!("item" in c)) {
      report(c.id, c.name, c.error)
      continue
    }
    const at = positions.get(c.item.archidelivery_id)!
    if (at.length > 1) {
      report(
        c.item.archidelivery_id,
        c.item.name,
        reason(
          "duplicate_id",
          { field: f.id, id: c.item.archidelivery_id, rows: at.join(", ") },
          `duplicate ${f.id} ${c.item.archidelivery_id} (rows ${at.join(", ")})`
        )
      )
      continue
    }
    items.push(c.item)
  }
  return {
    fetched: rows.length,
    items,
    invalid,
    seen_ids: [...positions.keys()],
  }
}

export function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) {
    out.push(list.slice(i, i + size))
  }
  return out
}

// ---- Deciding what one chunk of rows does -------------------------------

export type LinkState = {
  id: string
  archidelivery_id: string
  product_id: string | null
  variant_id: string | null
  approved: boolean
  imported_name?: string
  imported_price?: number | string
  imported_weight?: number | null
  imported_group?: string | null
  missing?: boolean
}

export type PriceRuleState = {
  attribute: string
  operator?: string | null
  value: string
}

export type PriceState = {
  id: string
  currency_code: string
  amount: number
  min_quantity?: number | null
  max_quantity?: number | null
  price_list_id?: string | null
  price_rules?: PriceRuleState[] | null
}

export type ProductState = {
  id: string
  title: string
  handle: string | null
  external_id: string | null
  variants: { id: string; prices: PriceState[] }[]
}

/** A product to create: the row plus a handle nobody else holds. */
export type NewProduct = MenuItem & { handle: string; external_id: string }

/**
 * The link row a menu row ends with; product_id null = the product created
 * for it. Links already saying what the menu says are not written again.
 */
export type LinkWrite = {
  link_id: string | null
  archidelivery_id: string
  product_id: string | null
  variant_id: string | null
  /** A different product now stands behind the link: approval starts over. */
  reset_approval: boolean
  imported_name: string
  imported_price: number
  imported_weight: number | null
  imported_group: string | null
}

export type VariantPriceInput = {
  id?: string
  currency_code: string
  amount: number
  min_quantity?: number | null
  max_quantity?: number | null
  rules?: Record<string, string | { operator: string; value: number }[]>
}

export type ChunkCounts = Pick<
  ImportTotals,
  "created" | "updated" | "unchanged" | "skipped_unapproved"
>

export type ChunkPlan = {
  create: NewProduct[]
  titles: { id: string; title: string }[]
  /** Full price lists of variants whose price in the shop currency changes. */
  prices: { id: string; prices: VariantPriceInput[] }[]
  links: LinkWrite[]
  report: ReportItem[]
  counts: ChunkCounts
}

const sameAmount = (a: number, b: number) => Math.abs(a - b) < 1e-9

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

const linkWrite = (
  item: MenuItem,
  link: LinkState | undefined,
  product: ProductState | null,
  variantId: string | null,
  reset: boolean
): LinkWrite => ({
  link_id: link?.id ?? null,
  archidelivery_id: item.archidelivery_id,
  product_id: product?.id ?? null,
  variant_id: variantId,
  reset_approval: reset,
  imported_name: item.name,
  imported_price: item.price,
  imported_weight: item.weight,
  imported_group: item.group,
})

/** The link already holds these values (and is not flagged missing). */
const isCurrent = (link: LinkState, w: LinkWrite) =>
  link.product_id === w.product_id &&
  link.variant_id === w.variant_id &&
  link.imported_name === w.imported_name &&
  link.imported_price !== undefined &&
  sameAmount(Number(link.imported_price), w.imported_price) &&
  (link.imported_weight ?? null) === w.imported_weight &&
  (link.imported_group ?? null) === w.imported_group &&
  !link.missing

/**
 * What a chunk of valid rows does, given the links and products found for
 * it (by link, `external_id` and handle). ArchiDelivery wins for approved
 * products; others are left alone; a product found by `external_id` without
 * a link (an interrupted run) is adopted rather than created twice.
 */
export function planMenuChunk(
  items: MenuItem[],
  state: { links: LinkState[]; products: ProductState[] },
  currency: string
): ChunkPlan {
  const links = new Map(state.links.map((l) => [l.archidelivery_id, l]))
  const byId = new Map(state.products.map((p) => [p.id, p]))
  const byExternal = new Map(state.products.map((p) => [p.external_id, p]))
  // A product another row's link holds is never adopted (one link per product).
  const heldBy = new Map(
    state.links.map((l) => [l.product_id, l.archidelivery_id])
  )
  const adoptable = (p: ProductState | undefined, id: string) =>
    p && (!heldBy.has(p.id) || heldBy.get(p.id) === id) ? p : undefined
  const handles = new Set(state.products.map((p) => p.handle))
  const plan: ChunkPlan = {
    create: [],
    titles: [],
    prices: [],
    links: [],
    report: [],
    counts: { created: 0, updated: 0, unchanged: 0, skipped_unapproved: 0 },
  }
  const note = (
    item: MenuItem,
    action: ReportAction,
    product_id: string | null,
    why: Reason
  ) =>
    plan.report.push({
      archidelivery_id: item.archidelivery_id,
      name: item.name,
      action,
      product_id,
      ...why,
    })

  for (const item of items) {
    const link = links.get(item.archidelivery_id)
    const external_id = externalIdOf(item.archidelivery_id)
    const linked = link?.product_id ? byId.get(link.product_id) : undefined
    const product =
      linked ?? adoptable(byExternal.get(external_id), item.archidelivery_id)

    if (!product) {
      let handle = handleOf(item.archidelivery_id)
      if (handles.has(handle)) {
        handle = toHandle(`archidelivery-${item.archidelivery_id}-imported`)
      }
      plan.create.push({ ...item, handle, external_id })
      plan.links.push(linkWrite(item, link, null, null, !!link))
      plan.counts.created++
      if (link) {
        note(
          item,
          "recreated",
          null,
          reason(
            "recreated",
            {},
            "the linked product no longer exists in Medusa; created a new draft"
          )
        )
      }
      continue
    }

    const variant =
      product.variants.find((v) => v.id === link?.variant_id) ??
      product.variants[0] ??
      null
    if (!linked) {
      plan.links.push(
        linkWrite(item, link, product, variant?.id ?? null, !!link)
      )
      plan.counts.created++
      note(
        item,
        "adopted",
        product.id,
        reason(
          "adopted",
          { external_id },
          `found the product by external_id ${external_id}; linked it, not approved`
        )
      )
      continue
    }

    const write = linkWrite(item, link, product, variant?.id ?? null, false)
    if (!isCurrent(link!, write)) {
      plan.links.push(write)
    }
    const current = variant ? basePrice(variant.prices, currency) : null
    const titleChanged = product.title !== item.name
    const priceChanged =
      !!variant && (!current || !sameAmount(Number(current.amount), item.price))
    if (!link!.approved) {
      plan.counts.skipped_unapproved++
      const diff = [
        titleChanged ? `name "${product.title}" → "${item.name}"` : "",
        priceChanged
          ? `price ${current ? Number(current.amount) : "none"} → ${item.price}`
          : "",
      ].filter(Boolean)
      if (diff.length) {
        note(
          item,
          "skipped_unapproved",
          product.id,
          reason(
            "unapproved_changes",
            {
              ...(titleChanged
                ? { name_from: product.title, name_to: item.name }
                : {}),
              ...(priceChanged
                ? {
                    price_from: current ? Number(current.amount) : "",
                    price_to: item.price,
                  }
                : {}),
            },
            `not approved, not updated: ${diff.join(", ")}`
          )
        )
      }
      continue
    }
    if (titleChanged) {
      plan.titles.push({ id: product.id, title: item.name })
    }
    if (priceChanged) {
      plan.prices.push({
        id: variant!.id,
        prices: pricesWith(variant!.prices, currency, item.price),
      })
    }
    if (!variant) {
      note(
        item,
        "no_variant",
        product.id,
        reason(
          "no_variant",
          {},
          "the product has no variant, so its price was not set"
        )
      )
    }
    plan.counts[titleChanged || priceChanged ? "updated" : "unchanged"]++
  }
  return plan
}

/** What `createProductsWorkflow` gets for a new row: a hidden draft with one variant. */
export function productInput(
  p: NewProduct,
  ctx: {
    currency_code: string
    sales_channel_id: string | null
    shipping_profile_id: string | null
    category_id: string | null
  }
) {
  const option = "Default option"
  const value = "Default option value"
  return {
    title: p.name,
    handle: p.handle,
    status: "draft" as const,
    external_id: p.external_id,
    weight: p.weight,
    ...(ctx.category_id ? { category_ids: [ctx.category_id] } : {}),
    ...(ctx.sales_channel_id
      ? { sales_channels: [{ id: ctx.sales_channel_id }] }
      : {}),
    ...(ctx.shipping_profile_id
      ? { shipping_profile_id: ctx.shipping_profile_id }
      : {}),
    options: [{ title: option, values: [value] }],
    variants: [
      {
        title: "Default variant",
        manage_inventory: false,
        weight: p.weight,
        options: { [option]: value },
        // Major units: 185 means 185.00, as Medusa stores money.
        prices: [{ currency_code: ctx.currency_code, amount: p.price }],
      },
    ],
  }
}
