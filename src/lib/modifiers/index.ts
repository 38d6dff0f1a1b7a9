// Modifier groups: their definition, a customer's choice, the price, the checkout check, the push.
export * from "./checkout"
export * from "./choice"
export * from "./group-definition"
export * from "./language"
export * from "./mods"
