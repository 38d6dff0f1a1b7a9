import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { listModifierGroupsQueryConfig } from "./query-config"
import {
  AdminCreateModifierGroup,
  AdminCreateModifierOption,
  AdminListModifierGroups,
  AdminSetProductModifierGroups,
  AdminUpdateModifierGroup,
  AdminUpdateModifierOption,
} from "./validators"

// Also validates /products/:product_id/modifier-groups, the groups a product offers.
export const modifierGroupsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/archidelivery/modifier-groups",
    method: "GET",
    middlewares: [
      validateAndTransformQuery(
        AdminListModifierGroups,
        listModifierGroupsQueryConfig
      ),
    ],
  },
  {
    matcher: "/admin/archidelivery/modifier-groups",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminCreateModifierGroup)],
  },
  {
    matcher: "/admin/archidelivery/modifier-groups/:id",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminUpdateModifierGroup)],
  },
  {
    matcher: "/admin/archidelivery/modifier-groups/:id/options",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminCreateModifierOption)],
  },
  {
    matcher: "/admin/archidelivery/modifier-groups/:id/options/:option_id",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminUpdateModifierOption)],
  },
  {
    matcher: "/admin/archidelivery/products/:product_id/modifier-groups",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminSetProductModifierGroups)],
  },
]
