import { planMenuChunk } from "../chunk-plan"
import { productInput } from "../product-input"
import { linksWithCreated } from "../product-links"
import { withSizes, type SizeOptions } from "../sizes"
import { item, link, product } from "./support/fixtures"

const SUFFIX: SizeOptions = { grouping: "suffix", optionTitle: "Розмір" }
const KEY = "suffix:піца:маргарита"

const margherita = () =>
  withSizes(
    [
      item(),
      item({ archidelivery_id: "102", name: "Маргарита 40 см", price: 259 }),
    ],
    SUFFIX
  )

describe("planMenuChunk with sizes", () => {
  it("makes new sizes of a dish one product with a variant per row", () => {
    const plan = planMenuChunk(margherita(), { links: [], products: [] }, "uah")
    expect(plan.create).toHaveLength(1)
    expect(plan.create[0]).toMatchObject({
      name: "Маргарита",
      handle: "archidelivery-101",
      external_id: "archidelivery:101",
      sizes: [
        { archidelivery_id: "101", label: "30 см", price: 185, weight: 450 },
        { archidelivery_id: "102", label: "40 см", price: 259, weight: 450 },
      ],
    })
    expect(plan.links.map((l) => [l.archidelivery_id, l.size_label])).toEqual([
      ["101", "30 см"],
      ["102", "40 см"],
    ])
    expect(plan.links.every((l) => l.group_key === KEY)).toBe(true)
    expect(plan.counts.created).toBe(2)
    expect(plan.report).toEqual([
      expect.objectContaining({
        action: "grouped",
        code: "sizes_grouped",
        params: { dish: "Маргарита", sizes: "30 см, 40 см" },
      }),
    ])

    const input = productInput(plan.create[0], {
      currency_code: "uah",
      sales_channel_id: null,
      shipping_profile_id: null,
      category_id: null,
    })
    expect(input.options).toEqual([
      { title: "Розмір", values: ["30 см", "40 см"] },
    ])
    expect(input.variants.map((v) => [v.title, v.prices[0].amount])).toEqual([
      ["30 см", 185],
      ["40 см", 259],
    ])

    const links = linksWithCreated(plan.links, [
      {
        id: "prod_9",
        external_id: "archidelivery:101",
        variants: [
          { id: "var_40", title: "40 см" },
          { id: "var_30", title: "30 см" },
        ],
      },
    ])
    expect(links.map((l) => [l.product_id, l.variant_id])).toEqual([
      ["prod_9", "var_30"],
      ["prod_9", "var_40"],
    ])
  })

  it("keeps a lone sized row a plain product", () => {
    const plan = planMenuChunk(
      withSizes([item()], SUFFIX),
      { links: [], products: [] },
      "uah"
    )
    expect(plan.create[0].sizes).toBeUndefined()
    expect(plan.create[0].name).toBe("Маргарита 30 см")
  })

  it("never regroups rows already linked one per row", () => {
    const [m30, m40] = margherita()
    const plan = planMenuChunk(
      [m30, m40],
      {
        links: [
          link(),
          link({
            id: "adprod_2",
            archidelivery_id: "102",
            product_id: "prod_2",
            variant_id: "variant_2",
            imported_name: "Маргарита 40 см",
            imported_price: "259",
          }),
        ],
        products: [
          product(),
          product(
            {
              id: "prod_2",
              title: "Маргарита 40 см",
              variants: [
                {
                  id: "variant_2",
                  prices: [{ id: "p2", currency_code: "uah", amount: 259 }],
                },
              ],
            },
            259
          ),
        ],
      },
      "uah"
    )
    expect(plan.create).toEqual([])
    expect(plan.titles).toEqual([])
    expect(plan.counts.unchanged).toBe(2)
  })

  it("adds a new size of a dish in the shop as a pending link without a variant", () => {
    const grouped = {
      links: [link({ group_key: KEY, size_label: "30 см" })],
      products: [product({ title: "Маргарита" })],
    }
    const rows = withSizes(
      [
        item(),
        item({ archidelivery_id: "103", name: "Маргарита 50 см", price: 320 }),
      ],
      SUFFIX
    )
    const plan = planMenuChunk(rows, grouped, "uah")
    expect(plan.create).toEqual([])
    expect(plan.links).toEqual([
      expect.objectContaining({
        archidelivery_id: "103",
        product_id: "prod_1",
        variant_id: null,
        group_key: KEY,
        size_label: "50 см",
      }),
    ])
    expect(plan.report).toEqual([
      expect.objectContaining({
        archidelivery_id: "103",
        action: "size_pending",
        params: { size: "50 см" },
      }),
    ])
    // The approved size is unchanged: its product keeps the dish's name.
    expect(plan.titles).toEqual([])
    expect(plan.counts).toMatchObject({ unchanged: 1, skipped_unapproved: 1 })
  })

  it("keeps reporting a pending size, and updates an approved size's price and the dish's name", () => {
    const state = {
      links: [
        link({ group_key: KEY, size_label: "30 см" }),
        link({
          id: "adprod_3",
          archidelivery_id: "103",
          variant_id: null,
          approved: false,
          group_key: KEY,
          size_label: "50 см",
          imported_name: "Маргарита 50 см",
          imported_price: "320",
        }),
      ],
      products: [product({ title: "Маргарита" })],
    }
    const rows = withSizes(
      [
        item({ name: "Маргарита класична 30 см", price: 190 }),
        item({ archidelivery_id: "103", name: "Маргарита 50 см", price: 320 }),
      ],
      SUFFIX
    )
    const plan = planMenuChunk(rows, state, "uah")
    expect(plan.titles).toEqual([{ id: "prod_1", title: "Маргарита класична" }])
    expect(plan.prices).toEqual([expect.objectContaining({ id: "variant_1" })])
    expect(plan.report).toEqual([
      expect.objectContaining({
        archidelivery_id: "103",
        action: "size_pending",
      }),
    ])
  })
})
