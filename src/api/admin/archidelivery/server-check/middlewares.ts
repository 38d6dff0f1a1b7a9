import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminServerCheck } from "./validators"

export const serverCheckMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/archidelivery/server-check",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminServerCheck)],
  },
]
