import {
  MenuSchemaError,
  planMenuChunk,
  pricesWith,
  productInput,
  readMenu,
  type LinkState,
  type MenuItem,
  type ProductState,
} from "../menu"

const FIELDS = {
  id: "ID",
  name: "NAME",
  price: "PRICE",
  weight: "WEIGHT",
  group: "MGNAME",
}

const row = (over: Record<string, unknown> = {}) => ({
  ID: 101,
  NAME: "Маргарита 30 см",
  PRICE: 185,
  WEIGHT: 450,
  MGNAME: "Піца",
  ...over,
})

describe("readMenu", () => {
  it("reads valid rows with their configured field names", () => {
    const custom = {
      id: "CODE",
      name: "TITLE",
      price: "COST",
      weight: "GRAMS",
      group: "GROUP",
    }
    const result = readMenu(
      [
        {
          CODE: "7",
          TITLE: " Узвар ",
          COST: "49,5",
          GRAMS: "500",
          GROUP: "Напої",
        },
      ],
      custom
    )
    expect(result.items).toEqual([
      {
        archidelivery_id: "7",
        name: "Узвар",
        price: 49.5,
        weight: 500,
        group: "Напої",
      },
    ])
    expect(result.invalid).toEqual([])
    expect(result.fetched).toBe(1)
  })

  it("keeps numbers as major units and rounds weights to grams", () => {
    const { items } = readMenu(
      [row({ PRICE: 239.5, WEIGHT: 480.6, MGNAME: "" })],
      FIELDS
    )
    expect(items[0]).toEqual({
      archidelivery_id: "101",
      name: "Маргарита 30 см",
      price: 239.5,
      weight: 481,
      group: null,
    })
  })

  it("accepts a row without weight", () => {
    const { items } = readMenu([row({ WEIGHT: undefined })], FIELDS)
    expect(items[0].weight).toBeNull()
  })

  it.each([
    [{ ID: undefined }, "ID is missing", "id_missing"],
    [{ ID: " " }, "ID is missing", "id_missing"],
    [{ ID: { a: 1 } }, 'ID is not an id: {"a":1}', "id_invalid"],
    [{ NAME: "  " }, "NAME is empty", "name_empty"],
    [{ NAME: undefined }, "NAME is empty", "name_empty"],
    [{ PRICE: undefined }, "PRICE is missing", "price_missing"],
    [{ PRICE: "" }, "PRICE is missing", "price_missing"],
    [{ PRICE: "abc" }, 'PRICE is not a number: "abc"', "price_invalid"],
    [{ PRICE: "12abc" }, 'PRICE is not a number: "12abc"', "price_invalid"],
    [{ PRICE: -5 }, "PRICE is negative: -5", "price_negative"],
    [
      { WEIGHT: "heavy" },
      'WEIGHT is not a weight in grams: "heavy"',
      "weight_invalid",
    ],
  ])("reports an invalid row %j", (over, message, code) => {
    const result = readMenu([row(over), row({ ID: 102 })], FIELDS)
    expect(result.items.map((i) => i.archidelivery_id)).toEqual(["102"])
    expect(result.invalid).toHaveLength(1)
    expect(result.invalid[0]).toMatchObject({
      action: "invalid",
      product_id: null,
      message,
      code,
    })
    expect(result.invalid[0].params?.field).toBeDefined()
  })

  it("reports every copy of a duplicated id and keeps the others", () => {
    const result = readMenu(
      [row({ ID: 101 }), row({ ID: 102 }), row({ ID: "101", NAME: "Інша" })],
      FIELDS
    )
    expect(result.items.map((i) => i.archidelivery_id)).toEqual(["102"])
    expect(result.invalid).toEqual([
      expect.objectContaining({
        archidelivery_id: "101",
        name: "Маргарита 30 см",
        message: "duplicate ID 101 (rows 1, 3)",
        code: "duplicate_id",
        params: { field: "ID", id: "101", rows: "1, 3" },
      }),
      expect.objectContaining({
        archidelivery_id: "101",
        name: "Інша",
        message: "duplicate ID 101 (rows 1, 3)",
      }),
    ])
    expect(result.seen_ids.sort()).toEqual(["101", "102"])
  })

  it("names the field when no row carries it (a schema break)", () => {
    const run = () => readMenu([{ ID: 1, NAME: "a", COST: 2 }], FIELDS)
    expect(run).toThrow(MenuSchemaError)
    expect(run).toThrow(/no PRICE field \(menuFields.price = "PRICE"\)/)
  })

  it("takes an empty menu as empty", () => {
    expect(readMenu([], FIELDS)).toEqual({
      fetched: 0,
      items: [],
      invalid: [],
      seen_ids: [],
    })
  })
})

const item = (over: Partial<MenuItem> = {}): MenuItem => ({
  archidelivery_id: "101",
  name: "Маргарита 30 см",
  price: 185,
  weight: 450,
  group: "Піца",
  ...over,
})

const link = (over: Partial<LinkState> = {}): LinkState => ({
  id: "adprod_1",
  archidelivery_id: "101",
  product_id: "prod_1",
  variant_id: "variant_1",
  approved: true,
  imported_name: "Маргарита 30 см",
  imported_price: "185",
  imported_weight: 450,
  imported_group: "Піца",
  missing: false,
  ...over,
})

const product = (
  over: Partial<ProductState> = {},
  amount = 185
): ProductState => ({
  id: "prod_1",
  title: "Маргарита 30 см",
  handle: "archidelivery-101",
  external_id: "archidelivery:101",
  variants: [
    {
      id: "variant_1",
      prices: [{ id: "price_1", currency_code: "uah", amount }],
    },
  ],
  ...over,
})

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

describe("pricesWith", () => {
  it("changes only the plain price in the shop currency and keeps the rest", () => {
    const prices = [
      { id: "p_uah", currency_code: "uah", amount: 185 },
      { id: "p_eur", currency_code: "eur", amount: 4 },
      {
        id: "p_reg",
        currency_code: "uah",
        amount: 170,
        price_rules: [
          { attribute: "region_id", operator: "eq", value: "reg_1" },
        ],
      },
      {
        id: "p_list",
        currency_code: "uah",
        amount: 150,
        price_list_id: "plist_1",
      },
    ]
    expect(pricesWith(prices, "uah", 199)).toEqual([
      {
        id: "p_uah",
        currency_code: "uah",
        amount: 199,
        min_quantity: null,
        max_quantity: null,
        rules: {},
      },
      {
        id: "p_eur",
        currency_code: "eur",
        amount: 4,
        min_quantity: null,
        max_quantity: null,
        rules: {},
      },
      {
        id: "p_reg",
        currency_code: "uah",
        amount: 170,
        min_quantity: null,
        max_quantity: null,
        rules: { region_id: "reg_1" },
      },
    ])
  })

  it("adds a price in the shop currency when there is none", () => {
    expect(pricesWith([], "uah", 50)).toEqual([
      { currency_code: "uah", amount: 50, rules: {} },
    ])
  })
})

describe("productInput", () => {
  it("is a hidden draft with one variant priced in major units", () => {
    const input = productInput(
      {
        ...item(),
        handle: "archidelivery-101",
        external_id: "archidelivery:101",
      },
      {
        currency_code: "uah",
        sales_channel_id: "sc_1",
        shipping_profile_id: "sp_1",
        category_id: "pcat_1",
      }
    )
    expect(input).toMatchObject({
      title: "Маргарита 30 см",
      status: "draft",
      external_id: "archidelivery:101",
      handle: "archidelivery-101",
      weight: 450,
      category_ids: ["pcat_1"],
      sales_channels: [{ id: "sc_1" }],
      shipping_profile_id: "sp_1",
    })
    expect(input.variants).toEqual([
      expect.objectContaining({
        manage_inventory: false,
        weight: 450,
        prices: [{ currency_code: "uah", amount: 185 }],
      }),
    ])
  })
})
