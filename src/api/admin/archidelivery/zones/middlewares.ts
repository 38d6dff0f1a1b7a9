import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminZoneTest } from "./validators"

export const zonesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/archidelivery/zones/test",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminZoneTest)],
  },
]
