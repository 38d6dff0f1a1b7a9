import {
  isCurrentLink,
  linkSnapshot,
  linksWithCreated,
  linkValues,
  linkWrite,
  toLinkState,
  type LinkWrite,
} from "../product-links"
import { item, link } from "./support/fixtures"

const write = (over: Partial<LinkWrite> = {}): LinkWrite => ({
  ...linkWrite(item(), undefined, null, null, false),
  ...over,
})

describe("toLinkState", () => {
  it("reads the stored price as a number", () => {
    const state = toLinkState({ ...link(), imported_price: "185.50" })
    expect(state.imported_price).toBe(185.5)
    expect(state).toMatchObject({ id: "adprod_1", approved: true })
  })
})

describe("isCurrentLink", () => {
  it("is current when the link holds what the menu says", () => {
    const w = linkWrite(item(), link(), { id: "prod_1" }, "variant_1", false)
    expect(isCurrentLink(link(), w)).toBe(true)
  })

  it("is not current when flagged missing or a value differs", () => {
    const w = linkWrite(item(), link(), { id: "prod_1" }, "variant_1", false)
    expect(isCurrentLink(link({ missing: true }), w)).toBe(false)
    expect(isCurrentLink(link({ imported_price: "186" }), w)).toBe(false)
    expect(isCurrentLink(link({ imported_price: undefined }), w)).toBe(false)
  })
})

describe("linksWithCreated", () => {
  it("fills in the created product and its first variant", () => {
    const links = linksWithCreated(
      [
        write(),
        write({
          archidelivery_id: "102",
          product_id: "prod_2",
          variant_id: "variant_2",
        }),
      ],
      [
        {
          id: "prod_new",
          external_id: "archidelivery:101",
          variants: [{ id: "variant_new" }],
        },
      ]
    )
    expect(links.map((l) => [l.product_id, l.variant_id])).toEqual([
      ["prod_new", "variant_new"],
      ["prod_2", "variant_2"],
    ])
  })
})

describe("linkValues", () => {
  const now = new Date("2025-01-02T03:04:05Z")

  it("stores the imported values and brings the link back into the menu", () => {
    const values = linkValues({ ...write(), product_id: "prod_1" }, now)
    expect(values).toEqual({
      product_id: "prod_1",
      variant_id: null,
      imported_name: "Маргарита 30 см",
      imported_price: 185,
      imported_weight: 450,
      imported_group: "Піца",
      group_key: null,
      size_label: null,
      imported_at: now,
      missing: false,
      missing_since: null,
    })
  })

  it("takes approval back when another product stands behind the link", () => {
    const values = linkValues(
      { ...write({ reset_approval: true }), product_id: "prod_2" },
      now
    )
    expect(values).toMatchObject({
      approved: false,
      approved_at: null,
      approved_by: null,
    })
  })
})

describe("linkSnapshot", () => {
  it("keeps the id and every column a write may change", () => {
    const at = new Date()
    const snapshot = linkSnapshot({
      id: "adprod_1",
      product_id: "prod_1",
      variant_id: "variant_1",
      approved: true,
      approved_at: at,
      approved_by: "user_1",
      imported_name: "a",
      imported_price: 1,
      imported_weight: null,
      imported_group: null,
      group_key: null,
      size_label: null,
      imported_at: at,
      missing: false,
      missing_since: null,
      archidelivery_id: "101",
    } as Parameters<typeof linkSnapshot>[0])
    expect(Object.keys(snapshot)).toHaveLength(15)
    expect(snapshot).not.toHaveProperty("archidelivery_id")
    expect(snapshot).toMatchObject({ id: "adprod_1", approved_by: "user_1" })
  })
})
