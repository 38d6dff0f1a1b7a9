import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

export const storeMiddlewares: MiddlewareRoute[] = [
  {
    // A customer reads only their own orders; guests have no order to ask about.
    matcher: "/store/archidelivery/orders/:order_id/status",
    method: "GET",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
]
