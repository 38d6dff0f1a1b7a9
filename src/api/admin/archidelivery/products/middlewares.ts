import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminArchiProductApproval,
  AdminListArchiProducts,
  AdminListProductImports,
  AdminStartProductImport,
} from "./validators"
import {
  listProductImportsQueryConfig,
  listProductLinksQueryConfig,
} from "./query-config"

// Also validates /product-imports, the menu import that fills these products.
export const productsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/archidelivery/products",
    method: "GET",
    middlewares: [
      validateAndTransformQuery(
        AdminListArchiProducts,
        listProductLinksQueryConfig
      ),
    ],
  },
  {
    matcher: "/admin/archidelivery/products/approve",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminArchiProductApproval)],
  },
  {
    matcher: "/admin/archidelivery/products/unapprove",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminArchiProductApproval)],
  },
  {
    matcher: "/admin/archidelivery/product-imports",
    method: "GET",
    middlewares: [
      validateAndTransformQuery(
        AdminListProductImports,
        listProductImportsQueryConfig
      ),
    ],
  },
  {
    matcher: "/admin/archidelivery/product-imports",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminStartProductImport)],
  },
]
