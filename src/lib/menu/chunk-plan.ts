import type { ProductChunkState, ProductState } from "./chunk-state"
import { externalIdOf, handleOf, importedHandleOf } from "./ids"
import type { MenuItem } from "./menu-row"
import { baseOfName, planSizes } from "./sizes"
import {
  basePrice,
  pricesWith,
  sameAmount,
  type PriceState,
  type VariantPriceInput,
} from "./prices"
import type { NewProduct } from "./product-input"
import { isCurrentLink, linkWrite, type LinkWrite } from "./product-links"
import {
  emptyChunkCounts,
  reason,
  type ChunkCounts,
  type Reason,
  type ReportAction,
  type ReportItem,
} from "./report"

/** What one chunk writes, in bulk, and what it reports. */
export type ChunkPlan = {
  create: NewProduct[]
  titles: { id: string; title: string }[]
  /** Full price lists of variants whose price in the shop currency changes. */
  prices: { id: string; prices: VariantPriceInput[] }[]
  links: LinkWrite[]
  report: ReportItem[]
  counts: ChunkCounts
}

// A row made its own product again is no size of a dish any more.
const NO_SIZE = { group_key: null, size_label: null }

const pendingSize = (label: string) =>
  reason(
    "size_pending",
    { size: label },
    `new size ${label} of a product already in the shop: waits for approval, not for sale`
  )

/** What an unapproved product would have got, or null when nothing differs. */
function unapprovedChanges(
  product: ProductState,
  item: MenuItem,
  current: PriceState | null,
  titleChanged: boolean,
  priceChanged: boolean
): Reason | null {
  const diff = [
    titleChanged ? `name "${product.title}" → "${item.name}"` : "",
    priceChanged
      ? `price ${current ? Number(current.amount) : "none"} → ${item.price}`
      : "",
  ].filter(Boolean)
  if (!diff.length) {
    return null
  }
  return reason(
    "unapproved_changes",
    {
      ...(titleChanged ? { name_from: product.title, name_to: item.name } : {}),
      ...(priceChanged
        ? {
            price_from: current ? Number(current.amount) : "",
            price_to: item.price,
          }
        : {}),
    },
    `not approved, not updated: ${diff.join(", ")}`
  )
}

/**
 * What a chunk of valid rows does, given the links and products found for
 * it (by link, `external_id` and handle). ArchiDelivery wins for approved
 * products; others are left alone; a product found by `external_id` without
 * a link (an interrupted run) is adopted rather than created twice.
 */
export function planMenuChunk(
  items: MenuItem[],
  state: ProductChunkState,
  currency: string,
  sizeOptionTitle = "Розмір"
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
    counts: emptyChunkCounts(),
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

  const sizes = planSizes(
    items,
    state,
    (i) =>
      !links.has(i.archidelivery_id) &&
      !adoptable(
        byExternal.get(externalIdOf(i.archidelivery_id)),
        i.archidelivery_id
      )
  )
  const titled = new Set<string>()
  for (const g of sizes.create) {
    const [first] = g.items
    let handle = handleOf(first.archidelivery_id)
    if (handles.has(handle)) {
      handle = importedHandleOf(first.archidelivery_id)
    }
    const external_id = externalIdOf(first.archidelivery_id)
    plan.create.push({
      ...first,
      name: g.base,
      weight: null,
      handle,
      external_id,
      size_option_title: sizeOptionTitle,
      sizes: g.items.map((i) => ({
        archidelivery_id: i.archidelivery_id,
        label: i.size!.label,
        price: i.price,
        weight: i.weight,
      })),
    })
    const labels = g.items.map((i) => i.size!.label).join(", ")
    note(
      first,
      "grouped",
      null,
      reason(
        "sizes_grouped",
        { dish: g.base, sizes: labels },
        `one product "${g.base}" with the sizes ${labels}`
      )
    )
    for (const i of g.items) {
      plan.links.push({
        ...linkWrite(i, undefined, null, null, false, {
          group_key: g.key,
          size_label: i.size!.label,
        }),
        created_external_id: external_id,
      })
      plan.counts.created++
    }
  }
  for (const { item, product } of sizes.pending) {
    plan.links.push(
      linkWrite(item, undefined, product, null, false, {
        group_key: item.size!.key,
        size_label: item.size!.label,
      })
    )
    plan.counts.skipped_unapproved++
    note(item, "size_pending", product.id, pendingSize(item.size!.label))
  }

  for (const item of items) {
    if (sizes.handled.has(item.archidelivery_id)) {
      continue
    }
    const link = links.get(item.archidelivery_id)
    const external_id = externalIdOf(item.archidelivery_id)
    const linked = link?.product_id ? byId.get(link.product_id) : undefined
    const product =
      linked ?? adoptable(byExternal.get(external_id), item.archidelivery_id)

    if (!product) {
      let handle = handleOf(item.archidelivery_id)
      if (handles.has(handle)) {
        handle = importedHandleOf(item.archidelivery_id)
      }
      plan.create.push({ ...item, handle, external_id })
      plan.links.push(linkWrite(item, link, null, null, !!link, NO_SIZE))
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

    const grouped = !!(linked && link?.group_key)
    const variant = grouped
      ? (product.variants.find((v) => v.id === link!.variant_id) ?? null)
      : (product.variants.find((v) => v.id === link?.variant_id) ??
        product.variants[0] ??
        null)
    if (grouped && !variant) {
      // A size without a variant waits for approval, whatever its product's.
      const write = linkWrite(item, link, product, null, false)
      if (!isCurrentLink(link!, write)) {
        plan.links.push(write)
      }
      plan.counts.skipped_unapproved++
      note(
        item,
        "size_pending",
        product.id,
        pendingSize(link!.size_label ?? item.name)
      )
      continue
    }
    if (!linked) {
      plan.links.push(
        linkWrite(item, link, product, variant?.id ?? null, !!link, NO_SIZE)
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
    if (!isCurrentLink(link!, write)) {
      plan.links.push(write)
    }
    const current = variant ? basePrice(variant.prices, currency) : null
    // A dish with sizes is titled without the size; each size is a variant.
    const title = grouped
      ? baseOfName(item.name, link!.size_label ?? null)
      : item.name
    const titleChanged = product.title !== title
    const priceChanged =
      !!variant && (!current || !sameAmount(Number(current.amount), item.price))
    if (!link!.approved) {
      plan.counts.skipped_unapproved++
      const why = unapprovedChanges(
        product,
        { ...item, name: title },
        current,
        titleChanged,
        priceChanged
      )
      if (why) {
        note(item, "skipped_unapproved", product.id, why)
      }
      continue
    }
    if (titleChanged && !titled.has(product.id)) {
      titled.add(product.id)
      plan.titles.push({ id: product.id, title })
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
