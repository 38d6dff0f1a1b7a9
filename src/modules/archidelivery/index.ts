import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import ArchiDeliveryModuleService from "./service"

export const ARCHIDELIVERY_MODULE = "archidelivery"

export default Module(ARCHIDELIVERY_MODULE, {
  service: ArchiDeliveryModuleService,
  loaders: [validateOptionsLoader],
})

export { ArchiDeliveryModuleService }
export * from "./types"
