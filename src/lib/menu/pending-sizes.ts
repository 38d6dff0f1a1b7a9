// A new size of a dish already in the shop waits without a variant (so no
// customer can buy it); approving its product creates the variant.

/** A size waiting for approval, with the option its value goes into. */
export type PendingSize = {
  link_id: string
  archidelivery_id: string
  product_id: string
  option_id: string
  option_title: string
  label: string
  price: number
  weight: number | null
}

type SizeProduct = {
  id: string
  options?: { id: string; title: string }[] | null
}

/**
 * The option holding a product's sizes: the one titled `title`, else its
 * only option; null when neither (then the size cannot be added).
 */
export function sizeOptionOf(
  product: SizeProduct,
  title: string
): { id: string; title: string } | null {
  const options = product.options ?? []
  return (
    options.find((o) => o.title === title) ??
    (options.length === 1 ? options[0] : null)
  )
}

/** The pending links as sizes to add, leaving out those whose product has no size option. */
export function pendingSizes(
  links: {
    id: string
    archidelivery_id: string
    product_id: string | null
    variant_id: string | null
    group_key?: string | null
    size_label?: string | null
    imported_name: string
    imported_price: unknown
    imported_weight: number | null
  }[],
  products: SizeProduct[],
  title: string
): PendingSize[] {
  const byId = new Map(products.map((p) => [p.id, p]))
  return links.flatMap((l) => {
    const product = l.product_id ? byId.get(l.product_id) : undefined
    const option = product ? sizeOptionOf(product, title) : null
    if (!l.group_key || l.variant_id || !product || !option) {
      return []
    }
    return [
      {
        link_id: l.id,
        archidelivery_id: l.archidelivery_id,
        product_id: product.id,
        option_id: option.id,
        option_title: option.title,
        label: l.size_label ?? l.imported_name,
        price: Number(l.imported_price),
        weight: l.imported_weight,
      },
    ]
  })
}

/** What `createProductVariantsWorkflow` gets for the sizes. */
export const sizeVariantInputs = (sizes: PendingSize[], currency: string) =>
  sizes.map((s) => ({
    product_id: s.product_id,
    title: s.label,
    manage_inventory: false,
    weight: s.weight,
    options: { [s.option_title]: s.label },
    metadata: { archidelivery_id: s.archidelivery_id },
    prices: [{ currency_code: currency, amount: s.price }],
  }))

/** Each size's link with the variant just created for it. */
export function sizeVariantLinks(
  sizes: PendingSize[],
  variants: { id: string; product_id?: string | null; title?: string | null }[]
): { id: string; variant_id: string }[] {
  return sizes.flatMap((s) => {
    const v = variants.find(
      (x) => x.product_id === s.product_id && x.title === s.label
    )
    return v ? [{ id: s.link_id, variant_id: v.id }] : []
  })
}
