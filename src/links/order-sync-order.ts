import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ArchiDeliveryModule from "../modules/archidelivery"

// Read-only: `order_id` is the link, so Query can read `order.*` from a queue
// row without a link table. The queue never writes the order through it.
export default defineLink(
  {
    linkable: ArchiDeliveryModule.linkable.archideliveryOrderSync,
    field: "order_id",
  },
  OrderModule.linkable.order,
  { readOnly: true }
)
