import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminSwitchOffDishes, AdminSwitchOnDishes } from "./validators"

export const productAvailabilityMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/archidelivery/products/availability/switch-off",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminSwitchOffDishes)],
  },
  {
    matcher: "/admin/archidelivery/products/availability/switch-on",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminSwitchOnDishes)],
  },
]
