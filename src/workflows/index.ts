// The plugin's workflows, for hosts that compose them (`medusa-plugin-archidelivery/workflows`).
export * from "./customers"
export * from "./fulfillment"
export * from "./menu"
export * from "./modifiers"
export * from "./orders"
export * from "./kitchen"
