import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminSetPointHours, AdminSetPointState } from "./validators"

export const pointsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/archidelivery/points/:point_id/state",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminSetPointState)],
  },
  {
    matcher: "/admin/archidelivery/points/:point_id/hours",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminSetPointHours)],
  },
]
