import { defineMiddlewares } from "@medusajs/framework/http"
import { customersMiddlewares } from "./admin/archidelivery/customers/middlewares"
import { modifierGroupsMiddlewares } from "./admin/archidelivery/modifier-groups/middlewares"
import { ordersMiddlewares } from "./admin/archidelivery/orders/middlewares"
import { productAvailabilityMiddlewares } from "./admin/archidelivery/products/availability/middlewares"
import { pointsMiddlewares } from "./admin/archidelivery/points/middlewares"
import { productsMiddlewares } from "./admin/archidelivery/products/middlewares"
import { serverCheckMiddlewares } from "./admin/archidelivery/server-check/middlewares"
import { zonesMiddlewares } from "./admin/archidelivery/zones/middlewares"
import { storeModifiersMiddlewares } from "./store/archidelivery/carts/middlewares"
import { storeMiddlewares } from "./store/archidelivery/middlewares"

// Each area keeps its validators beside its routes; Medusa reads only this file.
export default defineMiddlewares({
  routes: [
    ...productsMiddlewares,
    ...productAvailabilityMiddlewares,
    ...ordersMiddlewares,
    ...customersMiddlewares,
    ...serverCheckMiddlewares,
    ...zonesMiddlewares,
    ...storeMiddlewares,
    ...modifierGroupsMiddlewares,
    ...storeModifiersMiddlewares,
    ...pointsMiddlewares,
  ],
})
