import { model } from "@medusajs/framework/utils"

/**
 * One ArchiDelivery menu row and the Medusa product made from it. Rows that
 * are sizes of one dish share the product, each with its own variant.
 */
export const ProductLink = model
  .define("archidelivery_product_link", {
    id: model.id({ prefix: "adprod" }).primaryKey(),
    archidelivery_id: model.text().unique(),
    product_id: model.text().nullable(),
    // Null on a size that waits for approval: no variant, so nothing to buy.
    variant_id: model.text().nullable(),
    // The dish this row is a size of, and the size's label ("30 см").
    group_key: model.text().nullable(),
    size_label: model.text().nullable(),
    // Only approved products receive later updates from ArchiDelivery.
    approved: model.boolean().default(false),
    approved_at: model.dateTime().nullable(),
    approved_by: model.text().nullable(),
    imported_name: model.text(),
    // Major units, as Medusa stores money: 185 is 185.00 UAH.
    imported_price: model.bigNumber(),
    imported_weight: model.number().nullable(),
    imported_group: model.text().nullable(),
    imported_at: model.dateTime(),
    // Vanished from the menu: reported, never deleted.
    missing: model.boolean().default(false),
    missing_since: model.dateTime().nullable(),
    // Availability of this row's dish: ArchiDelivery's active flag as last read,
    // and an admin's switch-off, which ends by itself at unavailable_until
    // (null = until switched back on). Whether it holds is computed on read.
    menu_active: model.boolean().default(true),
    admin_unavailable: model.boolean().default(false),
    unavailable_until: model.dateTime().nullable(),
    unavailable_at: model.dateTime().nullable(),
    unavailable_by: model.text().nullable(),
  })
  .indexes([{ on: ["product_id"] }, { on: ["group_key"] }])
