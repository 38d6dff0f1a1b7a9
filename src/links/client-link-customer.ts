import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ArchiDeliveryModule from "../modules/archidelivery"

// Read-only: `customer_id` is the link, so Query can read `customer.*` from a
// client link without a link table.
export default defineLink(
  {
    linkable: ArchiDeliveryModule.linkable.archideliveryClientLink,
    field: "customer_id",
  },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
