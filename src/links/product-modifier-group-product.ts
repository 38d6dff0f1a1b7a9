import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ArchiDeliveryModule from "../modules/archidelivery"

// Read-only: `product_id` is the link, so Query can read `product.*` from a
// product's modifier group without a link table.
export default defineLink(
  {
    linkable: ArchiDeliveryModule.linkable.archideliveryProductModifierGroup,
    field: "product_id",
  },
  ProductModule.linkable.product,
  { readOnly: true }
)
