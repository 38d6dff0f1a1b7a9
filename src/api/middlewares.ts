import { defineMiddlewares } from "@medusajs/framework/http"
import { customersMiddlewares } from "./admin/archidelivery/customers/middlewares"
import { ordersMiddlewares } from "./admin/archidelivery/orders/middlewares"
import { pointsMiddlewares } from "./admin/archidelivery/points/middlewares"
import { productsMiddlewares } from "./admin/archidelivery/products/middlewares"
import { serverCheckMiddlewares } from "./admin/archidelivery/server-check/middlewares"
import { storeMiddlewares } from "./store/archidelivery/middlewares"

// Each area keeps its validators beside its routes; Medusa reads only this file.
export default defineMiddlewares({
  routes: [
    ...productsMiddlewares,
    ...ordersMiddlewares,
    ...customersMiddlewares,
    ...serverCheckMiddlewares,
    ...storeMiddlewares,
    ...pointsMiddlewares,
  ],
})
