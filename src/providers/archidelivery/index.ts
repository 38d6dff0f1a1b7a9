import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import ArchiDeliveryFulfillmentService from "./service"

export default ModuleProvider(Modules.FULFILLMENT, {
  services: [ArchiDeliveryFulfillmentService],
})

export { ArchiDeliveryFulfillmentService }
