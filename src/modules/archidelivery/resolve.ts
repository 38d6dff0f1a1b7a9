import type { MedusaContainer } from "@medusajs/framework/types"
import type ArchiDeliveryModuleService from "./service"

/** The module's registration key; hosts resolve the service with it. */
export const ARCHIDELIVERY_MODULE = "archidelivery"

/** The plugin's module service from any container or request scope. */
export const archiDeliveryService = (
  scope: Pick<MedusaContainer, "resolve">
): ArchiDeliveryModuleService =>
  scope.resolve<ArchiDeliveryModuleService>(ARCHIDELIVERY_MODULE)
