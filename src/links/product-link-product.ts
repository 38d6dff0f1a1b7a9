import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ArchiDeliveryModule from "../modules/archidelivery"

// Read-only: `product_id` is the link, so Query can read `product.*` from an
// imported menu row without a link table.
export default defineLink(
  {
    linkable: ArchiDeliveryModule.linkable.archideliveryProductLink,
    field: "product_id",
  },
  ProductModule.linkable.product,
  { readOnly: true }
)
