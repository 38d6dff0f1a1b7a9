import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { StoreAddModifiedLineItem } from "./validators"

// The storefront's routes for dishes with modifiers (the publishable key is
// Medusa's, on every /store route).
export const storeModifiersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/archidelivery/carts/:id/line-items",
    method: "POST",
    middlewares: [validateAndTransformBody(StoreAddModifiedLineItem)],
  },
]
