import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminSetPointState } from "./validators"

export const pointsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/archidelivery/points/:point_id/state",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminSetPointState)],
  },
]
