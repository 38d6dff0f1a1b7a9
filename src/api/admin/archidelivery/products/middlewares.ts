import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminArchiProductApproval,
  AdminMergeArchiProducts,
  AdminRegroupArchiProducts,
  AdminSplitArchiProduct,
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
    matcher: "/admin/archidelivery/products/merge",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminMergeArchiProducts)],
  },
  {
    matcher: "/admin/archidelivery/products/split",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminSplitArchiProduct)],
  },
  {
    matcher: "/admin/archidelivery/products/regroup",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminRegroupArchiProducts)],
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
