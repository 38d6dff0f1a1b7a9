import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { listClientLinksQueryConfig } from "./query-config"
import { AdminLinkCustomer, AdminListCustomerLinks } from "./validators"

export const customersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/archidelivery/customers",
    method: "GET",
    middlewares: [
      validateAndTransformQuery(
        AdminListCustomerLinks,
        listClientLinksQueryConfig
      ),
    ],
  },
  {
    matcher: "/admin/archidelivery/customers/:customer_id/link",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminLinkCustomer)],
  },
]
