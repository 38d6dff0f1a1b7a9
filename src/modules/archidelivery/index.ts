import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import warnLockingLoader from "./loaders/warn-locking"
import { ARCHIDELIVERY_MODULE } from "./resolve"
import ArchiDeliveryModuleService from "./service"

export default Module(ARCHIDELIVERY_MODULE, {
  service: ArchiDeliveryModuleService,
  loaders: [validateOptionsLoader, warnLockingLoader],
})

export { ArchiDeliveryModuleService }
export { ARCHIDELIVERY_MODULE, archiDeliveryService } from "./resolve"
export * from "./types"
