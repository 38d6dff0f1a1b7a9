import { planMenuChunk } from "../chunk-plan"
import { item, link, product } from "./support/fixtures"

describe("planMenuChunk", () => {
  it("creates a product for a new row", () => {
    const plan = planMenuChunk([item()], { links: [], products: [] }, "uah")
    expect(plan.create).toEqual([
      {
        ...item(),
        handle: "archidelivery-101",
        external_id: "archidelivery:101",
      },
    ])
    expect(plan.links).toEqual([
      expect.objectContaining({
        link_id: null,
        product_id: null,
        imported_price: 185,
      }),
    ])
    expect(plan.counts).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
      skipped_unapproved: 0,
    })
    expect(plan.report).toEqual([])
  })

  it("updates an approved product whose name or price changed", () => {
    const plan = planMenuChunk(
      [item({ name: "Маргарита велика", price: 199 })],
      { links: [link()], products: [product()] },
      "uah"
    )
    expect(plan.titles).toEqual([{ id: "prod_1", title: "Маргарита велика" }])
    expect(plan.prices).toEqual([
      {
        id: "variant_1",
        prices: [
          {
            id: "price_1",
            currency_code: "uah",
            amount: 199,
            min_quantity: null,
            max_quantity: null,
            rules: {},
          },
        ],
      },
    ])
    expect(plan.counts.updated).toBe(1)
    expect(plan.links[0]).toMatchObject({
      link_id: "adprod_1",
      product_id: "prod_1",
      imported_name: "Маргарита велика",
    })
  })

  it("writes nothing to an approved product that is equal", () => {
    const plan = planMenuChunk(
      [item()],
      { links: [link()], products: [product()] },
      "uah"
    )
    expect(plan.titles).toEqual([])
    expect(plan.prices).toEqual([])
    expect(plan.create).toEqual([])
    expect(plan.counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
      skipped_unapproved: 0,
    })
    // The link already says what the menu says.
    expect(plan.links).toEqual([])
  })

  it("refreshes a link whose imported values are behind the menu, approved or not", () => {
    for (const approved of [true, false]) {
      const plan = planMenuChunk(
        [item({ weight: 500, group: "Піца велика" })],
        { links: [link({ approved })], products: [product()] },
        "uah"
      )
      expect(plan.links).toEqual([
        expect.objectContaining({
          link_id: "adprod_1",
          imported_weight: 500,
          imported_group: "Піца велика",
        }),
      ])
      expect(plan.titles).toEqual([])
      expect(plan.prices).toEqual([])
    }
  })

  it("leaves an unapproved product alone and says what was not applied", () => {
    const plan = planMenuChunk(
      [item({ price: 199 })],
      { links: [link({ approved: false })], products: [product()] },
      "uah"
    )
    expect(plan.titles).toEqual([])
    expect(plan.prices).toEqual([])
    expect(plan.counts.skipped_unapproved).toBe(1)
    expect(plan.report).toEqual([
      expect.objectContaining({
        action: "skipped_unapproved",
        product_id: "prod_1",
        message: "not approved, not updated: price 185 → 199",
        code: "unapproved_changes",
        params: { price_from: 185, price_to: 199 },
      }),
    ])
  })

  it("adopts a product found by external_id when the link is missing", () => {
    const plan = planMenuChunk(
      [item()],
      { links: [], products: [product()] },
      "uah"
    )
    expect(plan.create).toEqual([])
    expect(plan.links).toEqual([
      expect.objectContaining({
        link_id: null,
        product_id: "prod_1",
        variant_id: "variant_1",
      }),
    ])
    expect(plan.report[0]).toMatchObject({
      action: "adopted",
      product_id: "prod_1",
    })
  })

  it("does not adopt a product another row's link holds", () => {
    const plan = planMenuChunk(
      [item()],
      { links: [link({ archidelivery_id: "999" })], products: [product()] },
      "uah"
    )
    expect(plan.create).toEqual([
      expect.objectContaining({
        archidelivery_id: "101",
        handle: "archidelivery-101-imported",
      }),
    ])
  })

  it("recreates a product deleted in Medusa behind an existing link", () => {
    const plan = planMenuChunk(
      [item()],
      { links: [link()], products: [] },
      "uah"
    )
    expect(plan.create).toHaveLength(1)
    expect(plan.links[0]).toMatchObject({
      link_id: "adprod_1",
      product_id: null,
      reset_approval: true,
    })
    expect(plan.report[0]).toMatchObject({ action: "recreated" })
  })
})
