// The menu: imported from ArchiDelivery in chunks, approved by an admin before it is sold.
export * from "./approve-products"
export * from "./fail-product-import"
export * from "./import-product-chunk"
export * from "./import-products"
export * from "./start-product-import"
export * from "./unapprove-products"
