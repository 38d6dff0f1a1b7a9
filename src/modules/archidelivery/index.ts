import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import warnLockingLoader from "./loaders/warn-locking"
import ArchiDeliveryModuleService from "./service"

export const ARCHIDELIVERY_MODULE = "archidelivery"

export default Module(ARCHIDELIVERY_MODULE, {
  service: ArchiDeliveryModuleService,
  loaders: [validateOptionsLoader, warnLockingLoader],
})

export { ArchiDeliveryModuleService }
export * from "./types"
