import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminEmptyBody,
  AdminGetOrderSyncsParams,
  AdminResolveOrderSync,
} from "./validators"
import { listOrderSyncsQueryConfig } from "./query-config"

export const ordersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/archidelivery/orders",
    method: "GET",
    middlewares: [
      validateAndTransformQuery(
        AdminGetOrderSyncsParams,
        listOrderSyncsQueryConfig
      ),
    ],
  },
  {
    matcher: "/admin/archidelivery/orders/:order_id/resolve",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminResolveOrderSync)],
  },
  {
    matcher: "/admin/archidelivery/orders/:order_id/retry",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminEmptyBody)],
  },
  {
    matcher: "/admin/archidelivery/orders/sync",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminEmptyBody)],
  },
]
