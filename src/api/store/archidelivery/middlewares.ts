import {
  authenticate,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { StoreGetAvailabilityParams } from "./availability/validators"

export const storeMiddlewares: MiddlewareRoute[] = [
  {
    // A customer reads only their own orders; guests have no order to ask about.
    matcher: "/store/archidelivery/orders/:order_id/status",
    method: "GET",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    // Guests ask too: the publishable key is all a storefront has.
    matcher: "/store/archidelivery/availability",
    method: "GET",
    middlewares: [validateAndTransformQuery(StoreGetAvailabilityParams, {})],
  },
]
