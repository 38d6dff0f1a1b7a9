import {
  defaultShippingProfile,
  productInput,
  productInputs,
} from "../product-input"
import { item, newProduct } from "./support/fixtures"

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

describe("productInputs", () => {
  it("puts each new product in the category of its group", () => {
    const inputs = productInputs(
      [newProduct(), newProduct({ archidelivery_id: "102", group: null })],
      [{ id: "pcat_1", name: "Піца", handle: "pizza" }],
      {
        currency_code: "uah",
        sales_channel_id: null,
        shipping_profile_id: null,
      }
    )
    expect(inputs[0].category_ids).toEqual(["pcat_1"])
    expect(inputs[1]).not.toHaveProperty("category_ids")
    expect(inputs[1]).not.toHaveProperty("sales_channels")
  })
})

describe("defaultShippingProfile", () => {
  const profile = (id: string, type: string, created_at: string) => ({
    id,
    type,
    created_at,
  })

  it("takes the default profile", () => {
    expect(
      defaultShippingProfile([
        profile("sp_1", "express", "2024-01-01"),
        profile("sp_2", "default", "2024-02-01"),
      ])?.id
    ).toBe("sp_2")
  })

  it("takes the oldest profile when none is the default, and null when none exists", () => {
    expect(
      defaultShippingProfile([
        profile("sp_1", "express", "2024-03-01"),
        profile("sp_2", "bulky", "2024-02-01"),
      ])?.id
    ).toBe("sp_2")
    expect(defaultShippingProfile([])).toBeNull()
  })
})
