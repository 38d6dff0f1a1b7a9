// Public entry for hosts that type their options (`medusa-plugin-archidelivery/lib/options`).
export * from "./shared/options"
