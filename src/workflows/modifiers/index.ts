// Modifiers: groups and options defined in the admin, attached to products, chosen by customers.
export * from "./add-modified-line-item"
export * from "./create-modifier-group"
export * from "./create-modifier-option"
export * from "./delete-modifier-group"
export * from "./delete-modifier-option"
export * from "./set-product-modifier-groups"
export * from "./update-modifier-group"
export * from "./update-modifier-option"
