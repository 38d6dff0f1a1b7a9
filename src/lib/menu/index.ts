// The menu import's rules: reading ArchiDelivery menu rows, matching them
// with Medusa products, and the report a run stores. Pure, no I/O.
export * from "./categories"
export * from "./chunk-plan"
export * from "./chunk-state"
export * from "./chunks"
export * from "./ids"
export * from "./menu-row"
export * from "./prices"
export * from "./product-input"
export * from "./product-links"
export * from "./read-menu"
export * from "./report"
